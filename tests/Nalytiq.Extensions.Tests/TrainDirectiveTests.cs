using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Shouldly;
using Xunit;

namespace Nalytiq.Extensions.Tests;

public sealed class TrainDirectiveTests
{
    [Fact]
    public async Task Train_records_a_run_that_predict_uses_after_a_kernel_restart()
    {
        var directory = Path.Combine(Path.GetTempPath(), "nalytiq-tests", Guid.NewGuid().ToString("N"));
        var first = await NotebookSession.StartAsync(directory: directory);
        first.WriteFile("harvests.csv", Harvests(240));
        (await first.SubmitAsync("#!upload harvests.csv")).ShouldSucceed();

        var trained = await first.SubmitAsync("#!train harvests --label certified --trainers sdca,lightgbm --time-budget 20 --name model");
        first.Dispose(deleteDirectory: false);
        using var second = await NotebookSession.StartAsync(directory: directory);
        second.WriteFile("new.csv", Harvests(30, seed: 7));
        (await second.SubmitAsync("#!upload new.csv --name fresh")).ShouldSucceed();
        var predicted = await second.SubmitAsync("#!predict fresh --run best");
        var columns = await second.SubmitAsync("string.Join(\",\", fresh_predicted.Columns.Select(c => c.Name))");

        trained.ShouldSucceed();
        trained.HtmlText().ShouldContain("Model predicting certified · Binary classification");
        trained.HtmlText().ShouldContain("AUC");
        trained.HtmlText().ShouldContain("Confusion matrix (test rows)");
        trained.HtmlText().ShouldContain("'id' was dropped: every value is different, like an identifier.");
        predicted.ShouldSucceed();
        predicted.HtmlText().ShouldContain("30 rows of fresh scored by run");
        Value(columns).ShouldContain("PredictedLabel");
        File.Exists(Path.Combine(directory, ".nalytiq", "runs.db")).ShouldBeTrue();
    }

    [Fact]
    public async Task Bad_training_options_get_one_clear_message_each()
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("harvests.csv", Harvests(60));
        (await session.SubmitAsync("#!upload harvests.csv")).ShouldSucceed();

        var noLabel = await session.SubmitAsync("#!train harvests");
        var unknown = await session.SubmitAsync("#!train harvests --label yield");
        var fraction = await session.SubmitAsync("#!train harvests --label certified --test-fraction a-fifth");
        var trainer = await session.SubmitAsync("#!train harvests --label certified --trainers xgboost");

        noLabel.ShouldFail().Message.ShouldBe("Which column should the model predict? Add --label <column>.");
        unknown.ShouldFail().Message.ShouldStartWith("The frame has no column 'yield' to use as the label. Its columns are: id, district");
        fraction.ShouldFail().Message.ShouldBe("--test-fraction expects a number written with a decimal point, such as 0.25; got 'a-fifth'.");
        trainer.ShouldFail().Message.ShouldStartWith("Unknown trainer 'xgboost'");
        File.Exists(Path.Combine(session.Directory, ".nalytiq", "runs.db")).ShouldBeFalse("a rejected request records no run");
    }

    [Fact]
    public async Task Predict_names_the_columns_a_frame_lacks()
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("harvests.csv", Harvests(120));
        (await session.SubmitAsync("#!upload harvests.csv")).ShouldSucceed();
        (await session.SubmitAsync("#!train harvests --label certified --trainers sdca --time-budget 30")).ShouldSucceed();
        session.WriteFile("partial.csv", "district,kg\nHuye,4000\n");
        (await session.SubmitAsync("#!upload partial.csv")).ShouldSucceed();

        var events = await session.SubmitAsync("#!predict partial");

        events.ShouldFail().Message.ShouldContain("price");
    }

    [Fact]
    public async Task Background_training_returns_at_once_and_the_job_ends_with_its_run()
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("harvests.csv", Harvests(120));
        (await session.SubmitAsync("#!upload harvests.csv")).ShouldSucceed();

        var queued = await session.SubmitAsync("#!train harvests --label kg --trainers sdca --time-budget 30 --background");
        var waited = await session.SubmitAsync("#!jobs --wait 1");

        queued.ShouldSucceed();
        queued.HtmlText().ShouldContain("Job 1 queued: Training on harvests to predict kg.");
        waited.ShouldSucceed();
        waited.HtmlText().ShouldContain("completed");
        waited.HtmlText().ShouldContain("Regression, SDCA · run ");
        waited.HtmlText().ShouldContain("r2 ");
    }

    private static string Value(IReadOnlyList<KernelEvent> events) =>
        events.OfType<ReturnValueProduced>().Single().Value?.ToString() ?? string.Empty;

    /// <summary>Coffee deliveries whose certification follows weight and price, with an identifier and some gaps.</summary>
    private static string Harvests(int rows, int seed = 3)
    {
        var random = new Random(seed);
        string[] districts = ["Huye", "Rusizi", "Karongi", "Nyamagabe"];
        var csv = new StringBuilder("id,district,kg,price,date,certified\n");
        for (var i = 0; i < rows; i++)
        {
            var kg = 1000 + random.Next(0, 8000);
            var price = 350 + (random.NextDouble() * 150);
            var certified = kg / 9000.0 + (price - 350) / 300 + (random.NextDouble() * 0.3) > 0.85;
            var priceText = i % 17 == 5 ? string.Empty : price.ToString("F1", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{i + 1},{districts[random.Next(districts.Length)]},{kg},{priceText},2025-03-{1 + (i % 28):00},{(certified ? "true" : "false")}\n");
        }

        return csv.ToString();
    }
}
