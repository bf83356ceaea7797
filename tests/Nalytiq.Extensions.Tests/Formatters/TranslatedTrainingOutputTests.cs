using System.Globalization;
using Microsoft.Data.Analysis;
using Nalytiq.Extensions.Directives;
using Nalytiq.Extensions.Formatters;
using Nalytiq.Localization;
using Nalytiq.Training;
using Shouldly;
using Xunit;

namespace Nalytiq.Extensions.Tests.Formatters;

/// <summary>
/// The training, prediction, language and help displays rendered in French and Kinyarwanda from a real recorded run:
/// no English label may show. (Their timings vary, so they are checked this way rather than against approved files.)
/// </summary>
public sealed class TranslatedTrainingOutputTests : IClassFixture<TranslatedTrainingOutputTests.RecordedRun>
{
    private readonly RecordedRun _recorded;

    public TranslatedTrainingOutputTests(RecordedRun recorded) => _recorded = recorded;

    public static TheoryData<string> Languages => ["fr", "rw"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Training_and_prediction_displays_carry_no_english_label(string language)
    {
        var text = Localizer.Parse(language)!;
        var training = _recorded.Training;
        var progress = new TrainingProgress(
            TrainingPhase.TrialFinished, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(20), training.Outcome.Trials, training.Outcome.BestTrial, null, training.Outcome.PrimaryMetric);

        string[] outputs =
        [
            TrainingRunFormatter.ToHtml(new TrainingRunView(training, "lots"), text, drawChart: null),
            TrainingRunFormatter.ToPlainText(new TrainingRunView(training, "lots"), text),
            TrainingProgressFormatter.ToHtml(new TrainingProgressView("lots", "certified", progress, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(4)), text, drawChart: null),
            PredictionFormatter.ToHtml(new PredictionView(_recorded.Prediction, "lots", "lots_predicted"), text),
            LanguageFormatter.ToHtml(new LanguageView(Changed: true, Warning: null), text),
            HelpFormatter.ToHtml(new HelpView("0.1.0", "/home/.nalytiq", "/home", [.. Nalytiq.Extensions.Commands.NalytiqCommands.All.Select(d => d.ToHelp(text))]), text),
        ];

        foreach (var output in outputs)
        {
            EnglishLabels.FoundIn(output, language).ShouldBeEmpty();
        }

        outputs[0].ShouldContain(text.Number(training.Outcome.TrainingRows));
    }

    /// <summary>One real run, trained and recorded once for the class in its own folder.</summary>
    public sealed class RecordedRun : IAsyncLifetime
    {
        private readonly string _home = Path.Combine(Path.GetTempPath(), "nalytiq-tests", Guid.NewGuid().ToString("N"));
        public TrainingRun Training { get; private set; } = null!;

        public PredictionResult Prediction { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await using var workbench = new Workbench(new WorkbenchOptions { WorkingDirectory = _home, HomeDirectory = Path.Combine(_home, ".nalytiq") });
            var request = new TrainingRequest("certified") { Trainers = [TrainerFamily.Sdca, TrainerFamily.FastTree], TimeBudget = TimeSpan.FromSeconds(30) };
            Training = await workbench.TrainAsync("lots", Frame(160), request);
            Prediction = await workbench.PredictAsync(Frame(12), Training.Run.Id);
        }

        public Task DisposeAsync()
        {
            Directory.Delete(_home, recursive: true);
            return Task.CompletedTask;
        }

        private static DataFrame Frame(int rows)
        {
            var random = new Random(rows);
            var kg = new double[rows];
            var district = new string[rows];
            var certified = new bool[rows];
            for (var i = 0; i < rows; i++)
            {
                kg[i] = 1000 + random.Next(8000);
                district[i] = (i % 3).ToString(CultureInfo.InvariantCulture) switch { "0" => "Huye", "1" => "Rusizi", _ => "Karongi" };
                certified[i] = kg[i] + random.Next(2500) > 5500;
            }

            return new DataFrame(
                new PrimitiveDataFrameColumn<double>("kg", kg),
                new StringDataFrameColumn("district", district),
                new PrimitiveDataFrameColumn<bool>("certified", certified));
        }
    }
}
