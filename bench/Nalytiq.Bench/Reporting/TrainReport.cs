namespace Nalytiq.Bench.Reporting;

/// <summary>The <c>train</c> benchmark: engine overhead, budget adherence and quality against scikit-learn.</summary>
internal sealed record TrainReport(MachineInfo Machine, TrainOverhead? Overhead, TrainBudget? Budget, IReadOnlyList<TrainQuality>? Quality);

/// <summary>Our engine (one LightGBM trial, refit, evaluation, progress) against the same ML.NET work done bare.</summary>
internal sealed record TrainOverhead(
    int Rows, int Iterations, double[] BareSeconds, double[] EngineSeconds, double BareMedianSeconds, double EngineMedianSeconds,
    double Overhead, double Target, bool Met, double BareTestAuc, double EngineTestAuc, int ProgressReports);

/// <summary>A full sweep given a budget it cannot finish within: how long it really took.</summary>
internal sealed record TrainBudget(
    int Rows, double BudgetSeconds, double ElapsedSeconds, double Ratio, double Target, bool Met, int Trials,
    IReadOnlyDictionary<string, int> Statuses, string BestTrainer, string BestParameters, double TestMetric, IReadOnlyList<string> Notes);

/// <summary>One public dataset: our held-out score on scikit-learn's test rows against its tuned gradient boosting.</summary>
internal sealed record TrainQuality(
    string Name, string Task, string Metric, int Rows, int Features, double Ours, double Reference, double RelativeGap, bool Within2Percent,
    string OurTrainer, string OurParameters, int Trials, double ElapsedSeconds, double BudgetSeconds);
