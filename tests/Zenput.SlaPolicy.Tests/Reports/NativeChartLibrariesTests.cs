using System;
using Zenput.Sla.Cli.Report;
using Zenput.Sla.Reports.Html;

namespace Zenput.Sla.Tests.Reports;

/// <summary>
/// The HTML report's charts need two native libraries (SkiaSharp's and HarfBuzzSharp's). A library that cannot
/// be loaded is an installation problem the report says in words (<see cref="PlatformNotSupportedException"/>
/// naming it), found behind the type initializers that wrap the loader's exception; any other failure of the
/// chart library is left as it is. The tool makes the same check before it reads any input, and a missing
/// library ends its run with exit 4 naming it (checked on a native executable without its libraries by
/// <c>.ci/native-check</c>).
/// </summary>
public sealed class NativeChartLibrariesTests
{
    [Fact]
    public void The_charts_can_be_drawn_here_so_the_tools_check_passes()
    {
        var check = ChartRenderer.EnsureAvailable;

        check.Should().NotThrow();
    }

    [Fact]
    public void A_native_library_that_cannot_be_loaded_is_reported_as_not_supported_here_naming_it()
    {
        var missing = new DllNotFoundException("Unable to load shared library 'libSkiaSharp' or one of its dependencies.");
        var wrapped = new TypeInitializationException("ScottPlot.Fonts", new TypeInitializationException("SkiaSharp.SKObject", missing));

        var draw = () => NativeChartLibraries.Guard(() => throw wrapped);

        var thrown = draw.Should().Throw<PlatformNotSupportedException>().Which;
        thrown.Message.Should().Be(
            "The report's charts are drawn with SkiaSharp, whose native library 'libSkiaSharp' cannot be loaded."
            + " Put libSkiaSharp and libHarfBuzzSharp (SkiaSharp's and HarfBuzzSharp's native assets for this platform) where the application loads native libraries from.");
        thrown.InnerException.Should().BeSameAs(missing);
    }

    [Fact]
    public void Any_other_failure_of_the_chart_library_is_left_as_it_is()
    {
        var bug = new TypeInitializationException("ScottPlot.Fonts", new InvalidOperationException("a bug"));
        var entryPoint = new EntryPointNotFoundException("sk_paint_new");

        ((Func<string>)(() => NativeChartLibraries.Guard(() => throw bug))).Should().Throw<TypeInitializationException>().Which.Should().BeSameAs(bug);
        ((Func<string>)(() => NativeChartLibraries.Guard(() => throw entryPoint))).Should().Throw<EntryPointNotFoundException>().Which.Should().BeSameAs(entryPoint);
        NativeChartLibraries.Guard(() => "drawn").Should().Be("drawn");
    }

    [Fact]
    public void A_missing_native_library_is_found_behind_the_type_initializers_that_wrap_it()
    {
        var missing = new DllNotFoundException("Unable to load shared library 'libSkiaSharp' or one of its dependencies.");
        var wrapped = new TypeInitializationException("ScottPlot.Fonts", new TypeInitializationException("SkiaSharp.SKObject", missing));

        NativeChartLibraries.Missing(wrapped).Should().BeSameAs(missing);
        NativeChartLibraries.Missing(missing).Should().BeSameAs(missing);
        NativeChartLibraries.Missing(new TypeInitializationException("ScottPlot.Fonts", new InvalidOperationException("a bug"))).Should().BeNull();
    }

    [Theory]
    [InlineData("Unable to load shared library 'libHarfBuzzSharp' or one of its dependencies. In order to help diagnose", "'libHarfBuzzSharp'")]
    [InlineData("Dll was not found.\nsecond line", "(Dll was not found.)")]
    [InlineData("Dll was not found.", "(Dll was not found.)")]
    public void The_message_names_the_library_the_loader_quotes_else_its_first_line(string loaderMessage, string expected)
    {
        NativeChartLibraries.Name(loaderMessage).Should().Be(expected);
    }
}
