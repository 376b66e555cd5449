using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Zenput.Sla.Cli;

namespace Zenput.Sla.Tests.Cli;

/// <summary>
/// The tool's contract for its own input and failures: exit codes mapped from what happened (an
/// unexpected exception is a bug, exit 5, whatever its type), typed options parsed in one place,
/// invariantly, with long values cut short in messages.
/// </summary>
public sealed class CliContractTests
{
    private const string Range = "-9998-01-08T00:00:00Z to 9999-12-24T23:59:59.999999999Z";

    /// <summary>Runs the tool in-process with standard input opened by <paramref name="openInput"/> and standard output <paramref name="output"/>.</summary>
    private static CliRunner.Result Run(Func<Stream> openInput, Stream output, params string[] args)
    {
        var error = new StringWriter();
        var code = CliApp.Run(args, new CliConsole(output, error, openInput, errorIsTerminal: false, CliRunner.Now));
        return new CliRunner.Result(code, string.Empty, error.ToString());
    }

    [Theory]
    [InlineData(new[] { "due", "--severity", "1", "--reported-at", "9999-12-31T23:59:59-12:00" }, "--reported-at '9999-12-31T23:59:59-12:00'")]
    [InlineData(new[] { "due", "--severity", "1", "--reported-at", "-9998-01-01T00:00:00+14:00" }, "--reported-at '-9998-01-01T00:00:00+14:00'")]
    [InlineData(new[] { "status", "--severity", "1", "--reported-at", "2026-01-01T00:00:00Z", "--at", "9999-12-31T23:59:59-12:00" }, "--at '9999-12-31T23:59:59-12:00'")]
    [InlineData(new[] { "due", "--severity", "1", "--reported-at", "2026-01-01T00:00:00Z", "--pause", "2026-01-01T00:00:00Z/9999-12-31T23:59:59-12:00" }, "--pause '2026-01-01T00:00:00Z/9999-12-31T23:59:59-12:00': the end")]
    [InlineData(new[] { "maintenance", "--from", "2026-01-01", "--to", "9999-12-31T23:59:59-12:00" }, "--to '9999-12-31T23:59:59-12:00'")]
    [InlineData(new[] { "maintenance", "--from", "2026-01-01", "--to", "2026-02-01", "--format", "statuspage", "--as-of", "9999-12-31T23:59:59-12:00" }, "--as-of '9999-12-31T23:59:59-12:00'")]
    [InlineData(new[] { "evaluate", "--severity", "1", "--reported-at", "2026-01-01T00:00:00Z", "--now", "9999-12-31T23:59:59-12:00" }, "--now '9999-12-31T23:59:59-12:00'")]
    [InlineData(new[] { "evaluate", "--severity", "1", "--reported-at", "2026-01-01T00:00:00Z", "--event", "engineerAssigned@9999-12-31T23:59:59-12:00" }, "--event 'engineerAssigned@9999-12-31T23:59:59-12:00': '9999-12-31T23:59:59-12:00'")]
    public void An_instant_past_the_supported_range_in_any_option_is_a_usage_error_not_an_internal_error(string[] args, string start)
    {
        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().StartWith($"error: {start}").And.Contain($"is outside the instants the SLA clock supports ({Range}).");
    }

    [Fact]
    public void A_date_past_the_supported_range_is_a_usage_error_for_a_maintenance_range()
    {
        var result = CliRunner.Run("maintenance", "--from", "9999-01-01", "--to", "9999-12-31", "--format", "ics");

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().StartWith("error: --to '9999-12-31' is outside the dates the SLA clock supports (-9998-01-09 to 9999-12-23).");
    }

    [Fact]
    public void Maintenance_in_the_last_years_before_the_end_of_time_is_listed_not_cut_off()
    {
        // Finding 6: `maintenance --from 9995-01-01 --to 9995-02-01` said "No scheduled maintenance".
        var result = CliRunner.Run("maintenance", "--from", "9995-01-01", "--to", "9995-02-01");

        result.ExitCode.Should().Be(ExitCodes.Success);
        // Tuesdays 9995-01-03, -10, -17, -24 and -31 (the policy's window is Tuesday 21:00-23:00 local).
        result.OutLines.Should().HaveCount(6).And.EndWith("5 windows (America/Los_Angeles); the SLA clock keeps running during maintenance.");
    }

    [Theory]
    [InlineData(typeof(InvalidOperationException))]
    [InlineData(typeof(ArgumentException))]
    [InlineData(typeof(ArgumentNullException))]
    [InlineData(typeof(OverflowException))]
    public void An_unexpected_exception_is_an_internal_error_exit_5_whatever_its_type(Type type)
    {
        // It used to be exit 2 for every ArgumentException, and an error line in a batch for the others.
        var result = Run(() => throw (Exception)Activator.CreateInstance(type, type == typeof(ArgumentNullException) ? [null, "boom"] : ["boom"])!, new MemoryStream(), "due", "--input", "-");

        result.ExitCode.Should().Be(ExitCodes.InternalError);
        result.Error.Should().StartWith($"error: internal error ({type.Name}): boom").And.Contain("This is a bug in zenput-sla");
    }

    [Fact]
    public void An_unexpected_exception_while_reading_a_batch_stops_it_with_exit_5_instead_of_becoming_an_error_line()
    {
        Run(() => new ThrowingStream(new InvalidOperationException("boom")), new MemoryStream(), "due", "--input", "-").ExitCode.Should().Be(ExitCodes.InternalError);
    }

    [Fact]
    public void A_failing_read_of_the_input_is_exit_4_naming_the_input()
    {
        var result = Run(() => new ThrowingStream(new IOException("Input/output error")), new MemoryStream(), "due", "--input", "-");

        result.ExitCode.Should().Be(ExitCodes.IoError);
        result.Error.Should().StartWith("error: Cannot read the input (standard input): Input/output error. The run stopped at line 0 of the input; no later line was answered.");
    }

    [Fact]
    public void A_failing_standard_output_is_exit_4_and_a_failing_standard_error_changes_no_exit_code()
    {
        var brokenError = new CliConsole(new MemoryStream(), new ThrowingWriter(), () => new MemoryStream(), errorIsTerminal: false, CliRunner.Now);

        Run(() => new MemoryStream(), new ThrowingStream(new IOException("No space left on device")), "due", "--severity", "1", "--reported-at", "2026-01-01T00:00:00Z").ExitCode.Should().Be(ExitCodes.IoError);
        CliApp.Run(["due", "--severity", "blocker", "--reported-at", "2026-01-01T00:00:00Z"], brokenError).Should().Be(ExitCodes.UsageError);
        CliApp.Run(["due", "--severity", "1", "--reported-at", "2026-01-01T00:00:00Z"], brokenError).Should().Be(ExitCodes.Success);
    }

    [Fact]
    public void Option_errors_are_in_English_whatever_the_culture_of_the_caller()
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
        try
        {
            var result = CliRunner.Run("due", "--frobnicate");

            result.Error.Should().StartWith("error: Unrecognized command or argument '--frobnicate'.");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    [Theory]
    [InlineData("--percent", "45", 45)]
    [InlineData("--percent", "4.5", 4.5)]
    public void Percentages_are_read_invariantly(string option, string text, double expected)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
        try
        {
            var result = CliRunner.Run("classify", "--scope", "share-of-users", option, text, "--performance", "slowdown", "--format", "json");

            result.ExitCode.Should().Be(ExitCodes.Success);
            result.Out.Should().Contain(expected < 5 ? "\"severityRank\": 2" : "\"severityRank\": 1");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    [Fact]
    public void A_comma_decimal_is_refused_with_a_clear_error()
    {
        var result = CliRunner.Run("classify", "--scope", "share-of-users", "--percent", "4,5");

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Error.Should().StartWith("error: --percent '4,5' is not a number: use a point for decimals (4.5, not 4,5).");
    }

    [Fact]
    public void A_120_KB_argument_is_cut_short_in_every_error()
    {
        var huge = new string('x', 120_000);

        var unknownOption = CliRunner.Run("due", huge);
        var badInstant = CliRunner.Run("due", "--severity", "1", "--reported-at", huge);
        var badSeverity = CliRunner.Run("due", "--severity", huge, "--reported-at", "2026-01-01T00:00:00Z");

        foreach (var result in new[] { unknownOption, badInstant, badSeverity })
        {
            result.ExitCode.Should().Be(ExitCodes.UsageError);
            result.Error.Length.Should().BeLessThan(600);
            result.Error.Should().Contain("… (120000 characters)");
        }
    }

    [Fact]
    public void An_argument_starting_with_at_is_not_read_as_a_response_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"zenput-sla-response-{Environment.ProcessId}.txt");
        File.WriteAllText(path, "--severity critical --reported-at 2026-01-01T00:00:00Z");
        try
        {
            var result = CliRunner.Run("due", "@" + path);

            result.ExitCode.Should().Be(ExitCodes.UsageError);
            result.Error.Should().Contain($"'@{path}'");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Help_names_the_type_of_every_value()
    {
        var help = CliRunner.Run("due", "--help").Out;

        help.Should().Contain("--reported-at <INSTANT>").And.Contain("--pause <START/END>").And.Contain("--input <FILE|->");
        CliRunner.Run("maintenance", "--help").Out.Should().Contain("--from <DATE|INSTANT>");
        CliRunner.Run("classify", "--help").Out.Should().Contain("--percent <0-100>").And.Contain("--scope <all-users|core-component|share-of-users|single-user>");
    }

    [Fact]
    public void An_input_or_policy_that_is_a_directory_is_a_read_error_that_says_so()
    {
        var directory = Path.GetTempPath();

        var input = CliRunner.Run("due", "--input", directory);
        var policy = CliRunner.Run("due", "--policy", directory, "--severity", "1", "--reported-at", "2026-01-01T00:00:00Z");

        input.ExitCode.Should().Be(ExitCodes.IoError);
        input.Error.Should().Contain("it is a directory, not a file.").And.NotContain("Access");
        policy.ExitCode.Should().Be(ExitCodes.IoError);
        policy.Error.Should().Contain("it is a directory, not a file.");
    }

    private sealed class ThrowingStream(Exception failure) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => throw failure;

        public override int Read(byte[] buffer, int offset, int count) => throw failure;

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw failure;
    }

    private sealed class ThrowingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Flush() => throw new IOException("No space left on device");
    }
}
