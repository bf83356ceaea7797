using Nalytiq.Extensions.Formatters;
using Nalytiq.Jobs;
using Nalytiq.Localization;
using Nalytiq.Training;
using Xunit;

namespace Nalytiq.Extensions.Tests.Formatters;

public class TrackingFormatterApprovalTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);

    public static TheoryData<Language> Languages => [Language.English, Language.French, Language.Kinyarwanda];

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_runs_table_reads_in_the_session_language_and_culture(Language language)
    {
        var text = Localizer.For(language);
        var view = new RunsView(SampleRuns(), 12, "churn", "auc") { Zone = TimeZoneInfo.Utc };

        Approvals.Verify($"runs.{text.Code}.html", RunsFormatter.ToHtml(view, text));
        Approvals.Verify($"runs.{text.Code}", RunsFormatter.ToPlainText(view, text));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_run_comparison_lines_up_metrics_and_params(Language language)
    {
        var text = Localizer.For(language);
        var runs = SampleRuns().Take(2).ToArray();
        var view = new RunComparisonView(new RunComparison(runs, ["trainer", "seed"], ["auc", "rmse"]));

        Approvals.Verify($"compare.{text.Code}.html", RunComparisonFormatter.ToHtml(view, text, drawChart: null));
        Approvals.Verify($"compare.{text.Code}", RunComparisonFormatter.ToPlainText(view, text));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_jobs_table_and_the_notification_read_in_the_session_language(Language language)
    {
        var text = Localizer.For(language);
        var jobs = SampleJobs();

        Approvals.Verify($"jobs.{text.Code}.html", JobsFormatter.ToHtml(new JobsView(jobs, Start.AddMinutes(5), new JobCancellation("2", true)), text));
        Approvals.Verify($"jobs.{text.Code}", JobsFormatter.ToPlainText(new JobsView(jobs, Start.AddMinutes(5), null), text));
        Approvals.Verify($"notification.{text.Code}", JobNotificationsFormatter.ToPlainText(new JobNotificationsView([jobs[0], jobs[2]]), text));
    }

    private static RunInfo[] SampleRuns()
    {
        var dataset = new RunDataset("churn", "744684e5569df012", [new RunColumn("churned", "Boolean")], 12_345);
        RunInfo Run(string id, string name, RunStatus status, double? auc, string trainer, int minutes) =>
            new(id, "churn", 1, name, status, Start.AddMinutes(minutes), status == RunStatus.Running ? null : Start.AddMinutes(minutes).AddSeconds(83.5), status == RunStatus.Failed ? "Out of memory" : null, dataset, "0.1.0", "5.0.1")
            {
                Params = new Dictionary<string, string> { ["trainer"] = trainer, ["seed"] = "42" },
                Metrics = auc is { } value
                    ? new Dictionary<string, MetricPoint> { ["auc"] = new("auc", value, 3, Start), ["rmse"] = new("rmse", 1234.5678, 3, Start) }
                    : new Dictionary<string, MetricPoint>(),
                Tags = new Dictionary<string, string> { [RunTags.HeadlineMetric] = "auc" },
            };

        return
        [
            Run("a1b2c3d4e5f60718293a4b5c6d7e8f90", "lightgbm sweep", RunStatus.Completed, 0.91234, "lightgbm", 20),
            Run("0f1e2d3c4b5a69788796a5b4c3d2e1f0", "fasttree", RunStatus.Completed, 0.8765, "fasttree", 10),
            Run("1234567890abcdef1234567890abcdef", "sdca", RunStatus.Failed, null, "sdca", 0),
        ];
    }

    private static JobSnapshot[] SampleJobs() =>
    [
        new("1", LocalizedText.Verbatim("train churn"), "train", JobStatus.Completed, new JobProgress(1), Start, Start.AddSeconds(1), Start.AddSeconds(95),
            new JobResult(LocalizedText.Verbatim("lightgbm")) { RunId = "a1b2c3d4e5f60718293a4b5c6d7e8f90", MetricName = "auc", MetricValue = 0.91234 }, null),
        new("2", LocalizedText.Verbatim("train yield"), "train", JobStatus.Running, new JobProgress(0.375, LocalizedText.Verbatim("trial 3 of 8")), Start, Start.AddSeconds(95), null, null, null),
        new("3", LocalizedText.Verbatim("train prices"), "train", JobStatus.Failed, new JobProgress(0.1), Start, Start.AddSeconds(100), Start.AddSeconds(130), null, new LocalizedText("Runs_NoneCompleted")),
        new("4", LocalizedText.Verbatim("train weather"), "train", JobStatus.Pending, null, Start, null, null, null, null),
    ];
}
