package jp.go.jisso.report.content;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 課題把握シート: the project's register of blockers. */
@Schema(name = "IssueContent")
public record IssueContent(List<Issue> issues) {

    @Schema(name = "Issue")
    public record Issue(
            @Schema(description = "Stable id within the register (I-1, I-2, ...); assigned when empty") String id,
            IssueCategory category,
            @Schema(description = "The law or rule concerned, e.g. 道路交通法") String law,
            @Schema(description = "Article, e.g. 第77条") String article,
            @Schema(description = "Organisation code of the responsible ministry") String responsibleMinistry,
            String description,
            String proposedSolution,
            IssueStatus status,
            List<FollowUp> followUps) {

        public List<FollowUp> followUpsOrEmpty() {
            return followUps == null ? List.of() : followUps;
        }
    }

    @Schema(name = "IssueFollowUp")
    public record FollowUp(
            LocalDate date,
            String text,
            @Schema(description = "Who wrote the entry (set by the server on the follow-up endpoint)") String authorName,
            @Schema(description = "Organisation code of the writer") String authorOrganisation) {}

    public List<Issue> issuesOrEmpty() {
        return issues == null ? List.of() : issues;
    }
}
