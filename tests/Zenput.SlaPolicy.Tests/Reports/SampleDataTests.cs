using System;
using System.IO;

namespace Zenput.Sla.Tests.Reports;

/// <summary>The ComplianceReport sample's tickets are the synthetic quarter, so the sample, the README's screenshot and the browser test show the same data.</summary>
public sealed class SampleDataTests
{
    [Fact]
    public void The_sample_tickets_file_is_what_the_synthetic_quarter_generator_writes()
    {
        var file = Path.Combine(Repository.Root, "samples", "Zenput.SlaPolicy.ComplianceReport", "tickets.jsonl");
        var expected = SyntheticQuarter.JsonLines();
        if (Environment.GetEnvironmentVariable("ZENPUT_WRITE_SAMPLE_TICKETS") == "1")
        {
            // The one way to change the file: edit the generator, then run this test with the variable set.
            File.WriteAllText(file, expected);
        }

        File.ReadAllText(file).Should().Be(expected, "regenerate it with ZENPUT_WRITE_SAMPLE_TICKETS=1 after changing SyntheticQuarter");
    }
}
