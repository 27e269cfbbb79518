export { NotificationBell } from './components/NotificationBell';
export { ReportsNavItems } from './components/ReportsNav';
export { parseOverdueSearch, parseSheetSearch } from './searchParams';
