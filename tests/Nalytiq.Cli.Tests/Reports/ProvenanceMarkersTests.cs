using Nalytiq.Cli.Reports;
using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Reports;

public class ProvenanceMarkersTests
{
    [Fact]
    public void Fingerprints_and_runs_are_read_from_marker_attributes_once_each_in_order()
    {
        string[] outputs =
        [
            "<div><span data-nalytiq-fingerprint=\"abc123\" data-nalytiq-dataset=\"harvests\" title=\"abc123\"><b>Fingerprint</b></span></div>",
            "<p data-nalytiq-run='run-0042' data-nalytiq-label=\"price &lt;- FastTree\">run</p><i data-nalytiq-fingerprint=\"def456\">x</i>",
            "<span data-nalytiq-fingerprint=\"abc123\" data-nalytiq-dataset=\"harvests\"></span>",
        ];

        ProvenanceMarkers.Fingerprints(outputs).ShouldBe([("abc123", "harvests"), ("def456", null)]);
        ProvenanceMarkers.Runs(outputs).ShouldBe([("run-0042", "price <- FastTree")]);
    }

    [Fact]
    public void Text_that_merely_mentions_the_attribute_is_not_a_marker() =>
        ProvenanceMarkers.Fingerprints(["<pre>data-nalytiq-fingerprint=\"nope\"</pre>"]).ShouldBeEmpty();
}
