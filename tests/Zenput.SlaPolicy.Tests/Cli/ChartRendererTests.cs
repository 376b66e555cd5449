using System;
using Zenput.Sla.Cli.Report;

namespace Zenput.Sla.Tests.Cli;

/// <summary>
/// A native library the HTML report's charts need is an installation problem, found before any input is
/// read (exit 4, checked on a native executable without its libraries by <c>.ci/native-check</c>); any other
/// failure of the chart library stays an internal error.
/// </summary>
public sealed class ChartRendererTests
{
    [Fact]
    public void The_charts_can_be_drawn_here()
    {
        var check = ChartRenderer.EnsureAvailable;

        check.Should().NotThrow();
    }

    [Fact]
    public void A_missing_native_library_is_found_behind_the_type_initializers_that_wrap_it()
    {
        var missing = new DllNotFoundException("Unable to load shared library 'libSkiaSharp' or one of its dependencies.");
        var wrapped = new TypeInitializationException("ScottPlot.Fonts", new TypeInitializationException("SkiaSharp.SKObject", missing));

        ChartRenderer.MissingLibrary(wrapped).Should().BeSameAs(missing);
        ChartRenderer.MissingLibrary(missing).Should().BeSameAs(missing);
    }

    [Fact]
    public void Any_other_failure_is_not_taken_for_a_missing_library()
    {
        var other = new TypeInitializationException("ScottPlot.Fonts", new InvalidOperationException("a bug"));

        ChartRenderer.MissingLibrary(other).Should().BeNull();
        ChartRenderer.MissingLibrary(new EntryPointNotFoundException("sk_paint_new")).Should().BeNull();
    }

    [Theory]
    [InlineData("Unable to load shared library 'libHarfBuzzSharp' or one of its dependencies. In order to help diagnose", "'libHarfBuzzSharp'")]
    [InlineData("Dll was not found.\nsecond line", "(Dll was not found.)")]
    public void The_message_names_the_library_the_loader_quotes(string loaderMessage, string expected)
    {
        ChartRenderer.LibraryName(loaderMessage).Should().Be(expected);
    }
}
