using Nalytiq.Charts;

namespace Nalytiq.Extensions.Formatters;

/// <summary>Draws a chart as an HTML fragment in the session's culture; compact charts fit in a table cell.</summary>
internal delegate string ChartDrawer(ChartSpec chart, bool compact = false);
