using System;
using Zenput.Sla.Cli.Report;

namespace Zenput.Sla.Tests.Cli;

/// <summary>
/// The tool checks that the HTML report's charts can be drawn before it reads any input; a missing native
/// library then ends the run with exit 4 naming it (checked on a native executable without its libraries by
/// <c>.ci/native-check</c>). How the library tells a missing native library from any other failure is pinned by
/// <c>NativeChartLibrariesTests</c>.
/// </summary>
public sealed class ChartRendererTests
{
    [Fact]
    public void The_charts_can_be_drawn_here()
    {
        var check = ChartRenderer.EnsureAvailable;

        check.Should().NotThrow();
    }
}
