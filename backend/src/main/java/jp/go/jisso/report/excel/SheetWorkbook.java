package jp.go.jisso.report.excel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.go.jisso.access.Caller;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.common.Problem;
import jp.go.jisso.common.Validation;
import jp.go.jisso.common.Versions;
import jp.go.jisso.report.ReportErrorCodes;
import jp.go.jisso.report.ReportSheet;
import jp.go.jisso.report.SheetAction;
import jp.go.jisso.report.SheetContents;
import jp.go.jisso.report.SheetQueries;
import jp.go.jisso.report.SheetService;
import jp.go.jisso.report.SheetType;
import jp.go.jisso.report.content.Assessment;
import jp.go.jisso.report.content.ExpenseContent;
import jp.go.jisso.report.content.Flags;
import jp.go.jisso.report.content.FundingType;
import jp.go.jisso.report.content.IssueCategory;
import jp.go.jisso.report.content.IssueContent;
import jp.go.jisso.report.content.IssueStatus;
import jp.go.jisso.report.content.Labelled;
import jp.go.jisso.report.content.MilestoneStatus;
import jp.go.jisso.report.content.OpinionContent;
import jp.go.jisso.report.content.ProgressContent;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel form of each sheet type (docs/reports.md, "Excel form"): a cover tab 表紙 that
 * names the form, then one tab per section with Japanese headings in row 1 and data from row 2.
 * Import reads values only (formulas are refused, never evaluated, so external links are never
 * followed), checks every cell, reports every problem with its cell reference, and saves nothing
 * unless the whole file is valid.
 */
@ApplicationScoped
public class SheetWorkbook {

    /** Largest accepted upload: 2 MiB (a filled form is a few dozen KiB). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final String COVER = "表紙";
    static final String FORM_VERSION = "1";
    static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");

    // tab names
    static final String RESULTS = "実績";
    static final String MILESTONES = "事業工程";
    static final String KPI = "KPI";
    static final String OPINION = "意見";
    static final String ISSUES = "課題";
    static final String FOLLOW_UPS = "経過";
    static final String EXPENSES = "経費";
    static final String TOTALS = "集計";

    static final List<String> MILESTONE_HEADERS = List.of("No", "マイルストーン", "予定開始日", "予定終了日", "実績開始日", "実績終了日",
            "状況（順調/遅延/要対応）", "備考");
    static final List<String> KPI_HEADERS = List.of("No", "指標名", "単位", "基準値", "当期実績値");
    static final Pattern TARGET_HEADER = Pattern.compile("(\\d{4})年度目標");
    static final List<String> ISSUE_HEADERS = List.of("課題ID", "分類（" + Labelled.labels(IssueCategory.class) + "）", "法令等", "条項",
            "担当省庁（コード）", "課題の内容", "対応案", "状況（" + Labelled.labels(IssueStatus.class) + "）");
    static final List<String> FOLLOW_UP_HEADERS = List.of("課題ID", "日付", "経過", "記入者", "所属（コード）");
    static final List<String> EXPENSE_HEADERS = List.of("No", "制度名", "種別（" + Labelled.labels(FundingType.class) + "）",
            "所管省庁（コード）", "事業（a, b, …）", "予算額（円）", "交付決定額（円）", "執行額（円）");
    static final List<String> OPINION_LABELS = List.of("総合評価（" + Labelled.labels(Assessment.class) + "）", "所見", "助言内容",
            "必要な支援", "支援を求める省庁（コードをカンマ区切り）", "フォローアップ要否（要/不要）");

    @Inject
    SheetContents contents;

    @Inject
    SheetQueries queries;

    @Inject
    SheetService service;

    @Inject
    jp.go.jisso.report.ReportAccess access;

    public static String formId(SheetType type) {
        return "JISSO-" + type.name() + "-" + FORM_VERSION;
    }

    public static String fileName(ReportSheet s) {
        return "jisso-" + s.type.name().toLowerCase() + "-" + s.project.selectionFy + "-" + s.project.number + "-" + s.periodKey + ".xlsx";
    }

    // ---------------------------------------------------------------- export

    /**
     * Several sheets of one project in one workbook (a whole period): a cover listing them,
     * then each sheet's tabs. The tab names of the four forms differ, so they never collide.
     * This file is for reading; import takes the single-sheet form.
     */
    public byte[] exportAll(List<ReportSheet> sheets) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            Sheet cover = wb.createSheet(COVER);
            List<String> headers = List.of("様式", "期間", "提出期限", "状態", "シートID");
            Row head = cover.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
                head.getCell(i).setCellStyle(st.bold);
            }
            for (int i = 0; i < sheets.size(); i++) {
                ReportSheet s = sheets.get(i);
                Row r = cover.createRow(i + 1);
                r.createCell(0).setCellValue(s.type.labelJa);
                r.createCell(1).setCellValue(s.period().labelJa() + "（" + s.periodKey + "）");
                r.createCell(2).setCellValue(s.dueDate.toString());
                r.createCell(3).setCellValue(s.status.labelJa);
                r.createCell(4).setCellValue(String.valueOf(s.id));
            }
            cover.setColumnWidth(0, 24 * 256);
            cover.setColumnWidth(1, 24 * 256);
            for (ReportSheet s : sheets) {
                writeContent(wb, st, s);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeContent(Workbook wb, Styles st, ReportSheet s) {
        Object content = contents.read(s.type, s.content);
        switch (s.type) {
            case PROGRESS -> exportProgress(wb, st, (ProgressContent) content, s);
            case OPINION -> exportOpinion(wb, st, (OpinionContent) content);
            case ISSUE -> exportIssues(wb, st, (IssueContent) content);
            case EXPENSE -> exportExpenses(wb, st, (ExpenseContent) content);
        }
    }

    public byte[] export(ReportSheet s) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            Sheet cover = wb.createSheet(COVER);
            String[][] coverRows = {
                    {"様式ID", formId(s.type)},
                    {"様式", s.type.labelJa},
                    {"事業", s.project.selectionFy + "-" + s.project.number + " " + s.project.title},
                    {"期間", s.period().labelJa() + "（" + s.periodKey + "）"},
                    {"提出期限", s.dueDate.toString()},
                    {"状態", s.status.labelJa},
                    {"シートID", String.valueOf(s.id)}};
            for (int i = 0; i < coverRows.length; i++) {
                Row r = cover.createRow(i);
                r.createCell(0).setCellValue(coverRows[i][0]);
                r.getCell(0).setCellStyle(st.bold);
                r.createCell(1).setCellValue(coverRows[i][1]);
            }
            cover.createRow(8).createCell(0).setCellValue(
                    "注意: シート名・見出し・列の並びを変えないでください。数式ではなく値を入力してください。金額は円単位の整数です。");
            cover.setColumnWidth(0, 14 * 256);
            cover.setColumnWidth(1, 70 * 256);
            writeContent(wb, st, s);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class Styles {
        final CellStyle bold;
        final CellStyle date;
        final CellStyle yen;
        final CellStyle wrap;

        Styles(Workbook wb) {
            bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            yen = wb.createCellStyle();
            yen.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
        }
    }

    private static Sheet table(Workbook wb, Styles st, String name, List<String> headers) {
        Sheet sh = wb.createSheet(name);
        Row head = sh.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = head.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(st.bold);
            sh.setColumnWidth(i, Math.min(50, Math.max(10, headers.get(i).length() * 2 + 2)) * 256);
        }
        sh.createFreezePane(0, 1);
        return sh;
    }

    private static void put(Row r, int col, Object v, Styles st) {
        if (v == null) {
            return;
        }
        Cell c = r.createCell(col);
        if (v instanceof LocalDate d) {
            c.setCellValue(d);
            c.setCellStyle(st.date);
        } else if (v instanceof Long l) {
            c.setCellValue(l.doubleValue());
            c.setCellStyle(st.yen);
        } else if (v instanceof BigDecimal b) {
            c.setCellValue(b.doubleValue());
        } else if (v instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else if (v instanceof Labelled l) {
            c.setCellValue(l.labelJa());
        } else {
            c.setCellValue(v.toString());
        }
    }

    private void exportProgress(Workbook wb, Styles st, ProgressContent c, ReportSheet s) {
        Sheet results = wb.createSheet(RESULTS);
        results.setColumnWidth(0, 100 * 256);
        Row r0 = results.createRow(0);
        r0.createCell(0).setCellValue("実績（当期の取組状況）");
        r0.getCell(0).setCellStyle(st.bold);
        Row r3 = results.createRow(3);
        r3.createCell(0).setCellValue("次期計画");
        r3.getCell(0).setCellStyle(st.bold);
        if (c != null) {
            put(results.createRow(1), 0, c.results(), st);
            put(results.createRow(4), 0, c.nextPlan(), st);
        }
        Sheet ms = table(wb, st, MILESTONES, MILESTONE_HEADERS);
        List<ProgressContent.Milestone> milestones = c == null ? List.of() : c.milestonesOrEmpty();
        for (int i = 0; i < milestones.size(); i++) {
            ProgressContent.Milestone m = milestones.get(i);
            Row r = ms.createRow(i + 1);
            put(r, 0, i + 1, st);
            put(r, 1, m.name(), st);
            put(r, 2, m.plannedStart(), st);
            put(r, 3, m.plannedEnd(), st);
            put(r, 4, m.actualStart(), st);
            put(r, 5, m.actualEnd(), st);
            put(r, 6, m.status(), st);
            put(r, 7, m.note(), st);
        }
        List<ProgressContent.Kpi> kpis = c == null ? List.of() : c.kpisOrEmpty();
        TreeSet<Integer> years = new TreeSet<>();
        kpis.forEach(k -> { if (k.targets() != null) k.targets().forEach(t -> years.add(t.fy())); });
        if (years.isEmpty()) {
            int fy = s.period().fiscalYear();
            years.addAll(List.of(fy, fy + 1, fy + 2));
        }
        List<String> headers = new ArrayList<>(KPI_HEADERS);
        years.forEach(y -> headers.add(y + "年度目標"));
        Sheet ks = table(wb, st, KPI, headers);
        List<Integer> yearList = new ArrayList<>(years);
        for (int i = 0; i < kpis.size(); i++) {
            ProgressContent.Kpi k = kpis.get(i);
            Row r = ks.createRow(i + 1);
            put(r, 0, i + 1, st);
            put(r, 1, k.name(), st);
            put(r, 2, k.unit(), st);
            put(r, 3, k.baseline(), st);
            put(r, 4, k.actual(), st);
            if (k.targets() != null) {
                for (ProgressContent.KpiTarget t : k.targets()) {
                    put(r, KPI_HEADERS.size() + yearList.indexOf(t.fy()), t.value(), st);
                }
            }
        }
    }

    private void exportOpinion(Workbook wb, Styles st, OpinionContent c) {
        Sheet sh = wb.createSheet(OPINION);
        sh.setColumnWidth(0, 40 * 256);
        sh.setColumnWidth(1, 90 * 256);
        Object[] values = c == null ? new Object[6] : new Object[] {c.assessment(), c.findings(), c.advice(), c.supportNeeded(),
                c.supportMinistries() == null || c.supportMinistries().isEmpty() ? null : String.join(", ", c.supportMinistries()),
                c.followUpRequired() == null ? null : c.followUpRequired() ? "要" : "不要"};
        for (int i = 0; i < OPINION_LABELS.size(); i++) {
            Row r = sh.createRow(i);
            r.createCell(0).setCellValue(OPINION_LABELS.get(i));
            r.getCell(0).setCellStyle(st.bold);
            put(r, 1, values[i], st);
        }
    }

    private void exportIssues(Workbook wb, Styles st, IssueContent c) {
        Sheet is = table(wb, st, ISSUES, ISSUE_HEADERS);
        Sheet fs = table(wb, st, FOLLOW_UPS, FOLLOW_UP_HEADERS);
        int fr = 1;
        List<IssueContent.Issue> issues = c == null ? List.of() : c.issuesOrEmpty();
        for (int i = 0; i < issues.size(); i++) {
            IssueContent.Issue x = issues.get(i);
            Row r = is.createRow(i + 1);
            put(r, 0, x.id(), st);
            put(r, 1, x.category(), st);
            put(r, 2, x.law(), st);
            put(r, 3, x.article(), st);
            put(r, 4, x.responsibleMinistry(), st);
            put(r, 5, x.description(), st);
            put(r, 6, x.proposedSolution(), st);
            put(r, 7, x.status(), st);
            for (IssueContent.FollowUp f : x.followUpsOrEmpty()) {
                Row rf = fs.createRow(fr++);
                put(rf, 0, x.id(), st);
                put(rf, 1, f.date(), st);
                put(rf, 2, f.text(), st);
                put(rf, 3, f.authorName(), st);
                put(rf, 4, f.authorOrganisation(), st);
            }
        }
    }

    private void exportExpenses(Workbook wb, Styles st, ExpenseContent c) {
        Sheet es = table(wb, st, EXPENSES, EXPENSE_HEADERS);
        List<ExpenseContent.ExpenseRow> rows = c == null ? List.of() : c.rowsOrEmpty();
        for (int i = 0; i < rows.size(); i++) {
            ExpenseContent.ExpenseRow x = rows.get(i);
            Row r = es.createRow(i + 1);
            put(r, 0, i + 1, st);
            put(r, 1, x.schemeName(), st);
            put(r, 2, x.type(), st);
            put(r, 3, x.ministry(), st);
            put(r, 4, x.subProject(), st);
            put(r, 5, x.budgeted(), st);
            put(r, 6, x.granted(), st);
            put(r, 7, x.executed(), st);
        }
        Sheet ts = table(wb, st, TOTALS, List.of("区分", "名称", "予算額（円）", "交付決定額（円）", "執行額（円）"));
        Flags.Totals t = Flags.totals(c);
        int n = 1;
        for (var e : t.byType().entrySet()) {
            n = totalRow(ts, st, n, "種別", e.getKey().labelJa(), e.getValue());
        }
        for (var e : t.byMinistry().entrySet()) {
            n = totalRow(ts, st, n, "省庁", e.getKey().isEmpty() ? "（省庁なし）" : e.getKey(), e.getValue());
        }
        totalRow(ts, st, n, "合計", "", t.total());
    }

    private static int totalRow(Sheet ts, Styles st, int n, String kind, String name, Flags.Amounts a) {
        Row r = ts.createRow(n);
        put(r, 0, kind, st);
        put(r, 1, name, st);
        put(r, 2, a.budgeted(), st);
        put(r, 3, a.granted(), st);
        put(r, 4, a.executed(), st);
        return n + 1;
    }

    // ---------------------------------------------------------------- import

    /** Reads, checks and stores a filled form into the sheet's draft. */
    @Transactional
    public ReportSheet importInto(Caller caller, long id, String ifMatch, InputStream body) {
        ReportSheet s = queries.require(caller, id);
        access.require(access.canWrite(caller, s), s.type == SheetType.OPINION
                ? "Opinion sheets are written by the project's active on-site support officer."
                : "This sheet is written by the local governments that run the project.");
        Versions.requireMatch(ifMatch, s.version);
        if (!SheetAction.SAVE.allowedIn(s.status)) {
            throw new ApiException(409, ReportErrorCodes.ILLEGAL_TRANSITION,
                    "The sheet is " + s.status + ": a file can be imported only into a sheet that is not started, a draft or returned.",
                    SheetAction.transitionsFrom(s.status).stream().map(a -> new Problem.FieldError("allowedActions", a.name(), a.name())).toList(),
                    s.version);
        }
        Parsed parsed = parse(s.type, readLimited(body), s.id);
        // cells that could not be read, and the rules the readable values break: all reported in one answer
        List<Problem.FieldError> problems = new ArrayList<>(parsed.cellErrors());
        Validation v = Validation.empty();
        contents.validate(s.type, contents.normalise(s.type, parsed.content), false, contents.context(s.project), v);
        try {
            v.throwIfAny();
        } catch (ApiException e) {
            e.errors.stream().map(fe -> new Problem.FieldError(parsed.cellOf(fe.field()), fe.code(), fe.message()))
                    .filter(fe -> problems.stream().noneMatch(p -> p.field().equals(fe.field())))
                    .forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        service.store(caller, s, parsed.content, "IMPORT_XLSX");
        return s;
    }

    static byte[] readLimited(InputStream in) {
        try (in) {
            byte[] data = in.readNBytes(MAX_BYTES + 1);
            if (data.length > MAX_BYTES) {
                throw new ApiException(413, ReportErrorCodes.FILE_TOO_LARGE,
                        "ファイルが大きすぎます（上限 " + (MAX_BYTES / 1024 / 1024) + " MiB）。");
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApiException notAForm(String detail) {
        return new ApiException(400, ReportErrorCodes.NOT_A_FORM, detail);
    }

    static ApiException invalid(List<Problem.FieldError> errors) {
        return new ApiException(400, ReportErrorCodes.IMPORT_INVALID,
                "ファイルに " + errors.size() + " 件の問題があります。何も保存されていません: "
                        + String.join(" / ", errors.stream().limit(5).map(e -> e.field() + ": " + e.message()).toList())
                        + (errors.size() > 5 ? " ほか" : ""),
                errors, null);
    }

    /** The content read from a file, and the cell each field path came from. */
    public record Parsed(Object content, Map<String, String> cells, String coverSheetId, List<Problem.FieldError> cellErrors) {
        String cellOf(String path) {
            String p = path;
            while (true) {
                String cell = cells.get(p);
                if (cell != null) {
                    return cell;
                }
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                if (cut <= 0) {
                    return path;
                }
                p = p.substring(0, cut);
            }
        }
    }

    /** The row of 表紙 that names the sheet the file was downloaded from. */
    static final int COVER_SHEET_ID_ROW = 6;

    /** Like {@link #parse(SheetType, byte[])}, and the file must have been downloaded from this very sheet. */
    public Parsed parse(SheetType type, byte[] data, long sheetId) {
        Parsed parsed = parse(type, data);
        if (!String.valueOf(sheetId).equals(parsed.coverSheetId())) {
            throw notAForm("このファイルは別の報告書（表紙!B" + (COVER_SHEET_ID_ROW + 1) + " のシートID "
                    + parsed.coverSheetId() + "）の様式です。この報告書（シートID " + sheetId + "）の様式をダウンロードして入力してください。");
        }
        return parsed;
    }

    /** Checks the container (zip, no macros) and the form, then reads every cell; cells that cannot be read are listed in cellErrors. */
    public Parsed parse(SheetType type, byte[] data) {
        if (data.length < 4 || data[0] != 'P' || data[1] != 'K' || data[2] != 3 || data[3] != 4) {
            throw notAForm("Excel ブック（.xlsx）ではありません。Jisso からダウンロードした様式に入力してください。");
        }
        checkEntries(data);
        Workbook wb;
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(data));
        } catch (IOException | RuntimeException e) {
            throw notAForm("Excel ブック（.xlsx）として読み込めません: " + e.getMessage());
        }
        try (wb) {
            Sheet cover = wb.getSheet(COVER);
            String id = cover == null ? null : stringAt(cover, 0, 1);
            if (!formId(type).equals(id)) {
                throw notAForm("Jisso の" + type.labelJa + "の様式ではありません（表紙!B1 に " + formId(type) + " が必要です"
                        + (id == null ? "" : "。このファイルは " + id) + "）。");
            }
            Reader r = new Reader(wb);
            Object content = switch (type) {
                case PROGRESS -> r.progress();
                case OPINION -> r.opinion();
                case ISSUE -> r.issues();
                case EXPENSE -> r.expenses();
            };
            return new Parsed(content, r.cells, stringAt(cover, COVER_SHEET_ID_ROW, 1), List.copyOf(r.errors));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lists the zip entries without inflating them: macros (.xlsm, vbaProject.bin) are refused. */
    static void checkEntries(byte[] data) {
        boolean workbook = false;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName().toLowerCase();
                if (++count > 2000) {
                    throw notAForm("Excel ブックとしては部品が多すぎます。");
                }
                if (name.endsWith("vbaproject.bin") || name.contains("vbadata") || name.endsWith(".bin") && name.contains("vba")) {
                    throw new ApiException(400, ReportErrorCodes.MACRO_NOT_ALLOWED,
                            "マクロを含むファイル（.xlsm）は受け付けません。マクロなしの .xlsx で保存してください。");
                }
                if (name.equals("[content_types].xml")) {
                    String types = new String(zip.readNBytes(256 * 1024), StandardCharsets.UTF_8);
                    if (types.contains("macroEnabled") || types.contains("vbaProject")) {
                        throw new ApiException(400, ReportErrorCodes.MACRO_NOT_ALLOWED,
                                "マクロ有効ブック（.xlsm）は受け付けません。マクロなしの .xlsx で保存してください。");
                    }
                }
                if (name.equals("xl/workbook.xml")) {
                    workbook = true;
                }
            }
        } catch (IOException ex) {
            throw notAForm("Excel ブック（.xlsx）として読み込めません。");
        }
        if (!workbook) {
            throw notAForm("Excel ブック（.xlsx）ではありません。");
        }
    }

    static String stringAt(Sheet sh, int row, int col) {
        Row r = sh.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c != null && c.getCellType() == CellType.STRING ? c.getStringCellValue().trim() : null;
    }

    /** Reads cells, collecting every problem as "Tab!A1: message". */
    static final class Reader {
        final Workbook wb;
        final List<Problem.FieldError> errors = new ArrayList<>();
        final Map<String, String> cells = new LinkedHashMap<>();

        Reader(Workbook wb) {
            this.wb = wb;
        }

        Sheet tab(String name) {
            Sheet sh = wb.getSheet(name);
            if (sh == null) {
                errors.add(new Problem.FieldError(name, "MISSING_TAB", "シート「" + name + "」がありません"));
            }
            return sh;
        }

        void headers(Sheet sh, List<String> expected) {
            for (int i = 0; i < expected.size(); i++) {
                String got = stringAt(sh, 0, i);
                if (!expected.get(i).equals(got)) {
                    error(sh, 0, i, "BAD_HEADER", "見出しは「" + expected.get(i) + "」のはずです");
                }
            }
        }

        void error(Sheet sh, int row, int col, String code, String message) {
            errors.add(new Problem.FieldError(ref(sh, row, col), code, message));
        }

        static String ref(Sheet sh, int row, int col) {
            return sh.getSheetName() + "!" + new CellReference(row, col).formatAsString(false);
        }

        Cell cell(Sheet sh, int row, int col) {
            Row r = sh.getRow(row);
            Cell c = r == null ? null : r.getCell(col);
            if (c == null || c.getCellType() == CellType.BLANK) {
                return null;
            }
            if (c.getCellType() == CellType.FORMULA) {
                error(sh, row, col, "FORMULA", "数式は使えません。値を入力してください");
                return null;
            }
            if (c.getCellType() == CellType.ERROR) {
                error(sh, row, col, "CELL_ERROR", "エラー値が入っています");
                return null;
            }
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank()) {
                return null;
            }
            return c;
        }

        String text(Sheet sh, int row, int col, String path) {
            cells.put(path, ref(sh, row, col));
            Cell c = cell(sh, row, col);
            if (c == null) {
                return null;
            }
            return switch (c.getCellType()) {
                case STRING -> c.getStringCellValue().strip();
                case NUMERIC -> DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                        : BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
                case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
                default -> null;
            };
        }

        BigDecimal number(Sheet sh, int row, int col, String path) {
            cells.put(path, ref(sh, row, col));
            Cell c = cell(sh, row, col);
            if (c == null) {
                return null;
            }
            if (c.getCellType() == CellType.NUMERIC) {
                return normal(BigDecimal.valueOf(c.getNumericCellValue()));
            }
            if (c.getCellType() == CellType.STRING) {
                String s = java.text.Normalizer.normalize(c.getStringCellValue(), java.text.Normalizer.Form.NFKC).replace(",", "").strip();
                try {
                    return normal(new BigDecimal(s));
                } catch (NumberFormatException e) {
                    // fall through
                }
            }
            error(sh, row, col, "NOT_A_NUMBER", "数値ではありません");
            return null;
        }

        static BigDecimal normal(BigDecimal b) {
            BigDecimal s = b.stripTrailingZeros();
            return s.scale() < 0 ? s.setScale(0) : s;
        }

        Long yen(Sheet sh, int row, int col, String path) {
            int before = errors.size();
            BigDecimal b = number(sh, row, col, path);
            if (b == null) {
                return null;
            }
            if (b.scale() > 0) {
                error(sh, row, col, "NOT_WHOLE_YEN", "円単位の整数で入力してください");
                return null;
            }
            try {
                return errors.size() == before ? b.longValueExact() : null;
            } catch (ArithmeticException e) {
                error(sh, row, col, "OUT_OF_RANGE", "金額が大きすぎます");
                return null;
            }
        }

        LocalDate date(Sheet sh, int row, int col, String path) {
            cells.put(path, ref(sh, row, col));
            Cell c = cell(sh, row, col);
            if (c == null) {
                return null;
            }
            if (c.getCellType() == CellType.NUMERIC) {
                double d = c.getNumericCellValue();
                if (DateUtil.isValidExcelDate(d)) {
                    return DateUtil.getLocalDateTime(d).toLocalDate();
                }
            } else if (c.getCellType() == CellType.STRING) {
                String s = java.text.Normalizer.normalize(c.getStringCellValue(), java.text.Normalizer.Form.NFKC).strip();
                for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, SLASHED)) {
                    try {
                        return LocalDate.parse(s, f);
                    } catch (DateTimeParseException e) {
                        // next
                    }
                }
            }
            error(sh, row, col, "NOT_A_DATE", "日付ではありません（例: 2026-07-31）");
            return null;
        }

        <E extends Enum<E> & Labelled> E choice(Sheet sh, int row, int col, String path, Class<E> type) {
            String s = text(sh, row, col, path);
            if (s == null) {
                return null;
            }
            return Labelled.byLabel(type, s).orElseGet(() -> {
                error(sh, row, col, "UNKNOWN_VALUE", "「" + s + "」は選択肢（" + Labelled.labels(type) + "）にありません");
                return null;
            });
        }

        /** Data rows 2.. that have at least one non-empty cell in the given columns. */
        List<Integer> dataRows(Sheet sh, int columns) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 1; i <= sh.getLastRowNum(); i++) {
                Row r = sh.getRow(i);
                if (r == null) {
                    continue;
                }
                for (int c = 0; c < columns; c++) {
                    Cell cell = r.getCell(c);
                    if (cell != null && cell.getCellType() != CellType.BLANK
                            && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                        rows.add(i);
                        break;
                    }
                }
            }
            return rows;
        }

        ProgressContent progress() {
            Sheet res = tab(RESULTS);
            Sheet ms = tab(MILESTONES);
            Sheet ks = tab(KPI);
            if (res == null || ms == null || ks == null) {
                return null;
            }
            String results = text(res, 1, 0, "progress.results");
            String next = text(res, 4, 0, "progress.nextPlan");
            headers(ms, MILESTONE_HEADERS);
            List<ProgressContent.Milestone> milestones = new ArrayList<>();
            for (int row : dataRows(ms, MILESTONE_HEADERS.size())) {
                String p = "progress.milestones[" + milestones.size() + "]";
                cells.put(p, ref(ms, row, 1));
                milestones.add(new ProgressContent.Milestone(text(ms, row, 1, p + ".name"), date(ms, row, 2, p + ".plannedStart"),
                        date(ms, row, 3, p + ".plannedEnd"), date(ms, row, 4, p + ".actualStart"), date(ms, row, 5, p + ".actualEnd"),
                        choice(ms, row, 6, p + ".status", MilestoneStatus.class), text(ms, row, 7, p + ".note")));
            }
            headers(ks, KPI_HEADERS);
            Map<Integer, Integer> yearColumns = new LinkedHashMap<>();
            Row head = ks.getRow(0);
            for (int col = KPI_HEADERS.size(); head != null && col < head.getLastCellNum(); col++) {
                String h = stringAt(ks, 0, col);
                if (h == null) {
                    continue;
                }
                Matcher m = TARGET_HEADER.matcher(h);
                if (m.matches()) {
                    yearColumns.put(col, Integer.parseInt(m.group(1)));
                } else {
                    error(ks, 0, col, "BAD_HEADER", "目標列の見出しは「2026年度目標」の形です");
                }
            }
            List<ProgressContent.Kpi> kpis = new ArrayList<>();
            int width = Math.max(KPI_HEADERS.size(), head == null ? 0 : head.getLastCellNum());
            for (int row : dataRows(ks, width)) {
                String p = "progress.kpis[" + kpis.size() + "]";
                cells.put(p, ref(ks, row, 1));
                List<ProgressContent.KpiTarget> targets = new ArrayList<>();
                for (var e : yearColumns.entrySet()) {
                    BigDecimal v = number(ks, row, e.getKey(), p + ".targets[" + targets.size() + "].value");
                    if (v != null) {
                        cells.put(p + ".targets[" + targets.size() + "]", ref(ks, row, e.getKey()));
                        targets.add(new ProgressContent.KpiTarget(e.getValue(), v));
                    }
                }
                kpis.add(new ProgressContent.Kpi(text(ks, row, 1, p + ".name"), text(ks, row, 2, p + ".unit"),
                        number(ks, row, 3, p + ".baseline"), targets, number(ks, row, 4, p + ".actual")));
            }
            return new ProgressContent(results, milestones, kpis, next);
        }

        OpinionContent opinion() {
            Sheet sh = tab(OPINION);
            if (sh == null) {
                return null;
            }
            for (int i = 0; i < OPINION_LABELS.size(); i++) {
                if (!OPINION_LABELS.get(i).equals(stringAt(sh, i, 0))) {
                    error(sh, i, 0, "BAD_HEADER", "見出しは「" + OPINION_LABELS.get(i) + "」のはずです");
                }
            }
            Assessment a = choice(sh, 0, 1, "opinion.assessment", Assessment.class);
            String ministries = text(sh, 4, 1, "opinion.supportMinistries");
            List<String> codes = ministries == null ? List.of()
                    : Arrays.stream(ministries.split("[,、\\s]+")).map(String::trim).filter(x -> !x.isEmpty()).toList();
            for (int i = 0; i < codes.size(); i++) {
                cells.put("opinion.supportMinistries[" + i + "]", ref(sh, 4, 1));
            }
            String follow = text(sh, 5, 1, "opinion.followUpRequired");
            Boolean followUp = null;
            if (follow != null) {
                if (follow.equals("要")) {
                    followUp = true;
                } else if (follow.equals("不要")) {
                    followUp = false;
                } else {
                    error(sh, 5, 1, "UNKNOWN_VALUE", "「要」か「不要」を入力してください");
                }
            }
            return new OpinionContent(a, text(sh, 1, 1, "opinion.findings"), text(sh, 2, 1, "opinion.advice"),
                    text(sh, 3, 1, "opinion.supportNeeded"), codes, followUp);
        }

        IssueContent issues() {
            Sheet is = tab(ISSUES);
            Sheet fs = tab(FOLLOW_UPS);
            if (is == null || fs == null) {
                return null;
            }
            headers(is, ISSUE_HEADERS);
            headers(fs, FOLLOW_UP_HEADERS);
            Map<String, List<IssueContent.FollowUp>> followUps = new LinkedHashMap<>();
            Map<String, Integer> issueRows = new LinkedHashMap<>();
            List<Integer> rows = dataRows(is, ISSUE_HEADERS.size());
            List<String> ids = new ArrayList<>();
            for (int row : rows) {
                String id = text(is, row, 0, "tmp");
                ids.add(id);
                if (id != null) {
                    issueRows.put(id, row);
                }
            }
            cells.remove("tmp");
            for (int row : dataRows(fs, FOLLOW_UP_HEADERS.size())) {
                String id = text(fs, row, 0, "tmp");
                if (id == null || !issueRows.containsKey(id)) {
                    error(fs, row, 0, "UNKNOWN_ISSUE", id == null ? "課題IDを入力してください" : "課題ID「" + id + "」は「課題」シートにありません");
                    continue;
                }
                int index = new ArrayList<>(issueRows.keySet()).indexOf(id);
                List<IssueContent.FollowUp> list = followUps.computeIfAbsent(id, k -> new ArrayList<>());
                String p = "issue.issues[" + rows.indexOf(issueRows.get(id)) + "].followUps[" + list.size() + "]";
                cells.put(p, ref(fs, row, 0));
                list.add(new IssueContent.FollowUp(date(fs, row, 1, p + ".date"), text(fs, row, 2, p + ".text"),
                        text(fs, row, 3, p + ".authorName"), text(fs, row, 4, p + ".authorOrganisation")));
                if (index < 0) {
                    break;
                }
            }
            cells.remove("tmp");
            List<IssueContent.Issue> issues = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                int row = rows.get(i);
                String p = "issue.issues[" + i + "]";
                cells.put(p, ref(is, row, 0));
                String id = text(is, row, 0, p + ".id");
                issues.add(new IssueContent.Issue(id, choice(is, row, 1, p + ".category", IssueCategory.class),
                        text(is, row, 2, p + ".law"), text(is, row, 3, p + ".article"), text(is, row, 4, p + ".responsibleMinistry"),
                        text(is, row, 5, p + ".description"), text(is, row, 6, p + ".proposedSolution"),
                        choice(is, row, 7, p + ".status", IssueStatus.class), id == null ? null : followUps.get(id)));
            }
            return new IssueContent(issues);
        }

        ExpenseContent expenses() {
            Sheet es = tab(EXPENSES);
            if (es == null) {
                return null;
            }
            headers(es, EXPENSE_HEADERS);
            List<ExpenseContent.ExpenseRow> rows = new ArrayList<>();
            for (int row : dataRows(es, EXPENSE_HEADERS.size())) {
                String p = "expense.rows[" + rows.size() + "]";
                cells.put(p, ref(es, row, 1));
                rows.add(new ExpenseContent.ExpenseRow(text(es, row, 1, p + ".schemeName"), choice(es, row, 2, p + ".type", FundingType.class),
                        text(es, row, 3, p + ".ministry"), text(es, row, 4, p + ".subProject"), yen(es, row, 5, p + ".budgeted"),
                        yen(es, row, 6, p + ".granted"), yen(es, row, 7, p + ".executed")));
            }
            return new ExpenseContent(rows);
        }
    }
}
