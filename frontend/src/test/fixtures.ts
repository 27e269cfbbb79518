import type { OrganisationRef, ProjectSummary } from '@/api/types';

export const iwamizawa: OrganisationRef = {
  id: 101,
  code: '012106',
  nameJa: '岩見沢市',
  nameEn: 'Iwamizawa City',
  kind: 'MUNICIPALITY',
};

export const hokkaido: OrganisationRef = {
  id: 100,
  code: '010006',
  nameJa: '北海道',
  nameEn: 'Hokkaido',
  kind: 'PREFECTURE',
};

export const miyagi: OrganisationRef = {
  id: 104,
  code: '040002',
  nameJa: '宮城県',
  nameEn: 'Miyagi Prefecture',
  kind: 'PREFECTURE',
};

export const project: ProjectSummary = {
  id: 201,
  selectionFy: 2018,
  number: 1,
  title: 'スマート農業の実装',
  applicants: [hokkaido, iwamizawa],
  technologies: ['AUTONOMOUS_DRIVING', 'DRONE'],
  andOtherTechnologies: true,
  status: 'SUPPORTING',
  implementationStage: 'PARTIAL',
  health: {
    flag: 'ON_TRACK',
    reasonCode: 'ON_SCHEDULE',
    reason: '目標期限に向けて進行中です / On schedule',
  },
};
