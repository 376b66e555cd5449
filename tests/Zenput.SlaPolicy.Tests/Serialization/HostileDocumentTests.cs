using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using Zenput.Sla.Serialization;
using Zenput.Sla.Validation;
using Zenput.Sla.Tests.Generators;

namespace Zenput.Sla.Tests.Serialization;

/// <summary>Reading a document never throws: bad bytes, bad escapes and empty files are findings that say what and where.</summary>
public sealed class HostileDocumentTests
{
    private static readonly byte[] Valid = SlaPolicyDocument.SaveToUtf8Bytes(ZenputSla.Default);

    private static byte[] WithName(byte[] name) =>
        [.. Replace(Valid, Encoding.UTF8.GetBytes("\"Zenput Support SLA\""), [(byte)'"', .. name, (byte)'"'])];

    private static byte[] Replace(byte[] source, byte[] find, byte[] with)
    {
        var at = source.AsSpan().IndexOf(find);
        return [.. source[..at], .. with, .. source[(at + find.Length)..]];
    }

    private static PolicyFinding SingleError(SlaPolicyLoadResult result)
    {
        result.IsValid.Should().BeFalse();
        return result.Findings.Should().ContainSingle().Which;
    }

    [Theory]
    // NodaTime's text parsers take U+0000 for the end of the text: these read as 2 hours, 21:00 and a 2-hour cadence with the rest dropped.
    [InlineData("\"duration\": \"2:00:00\"", "\"duration\": \"2:00:00\\u0000junk\"", "$.tiers[0].responseGoal.duration")]
    [InlineData("\"startTime\": \"21:00\"", "\"startTime\": \"21:00\\u0000\"", "$.maintenance.recurrences[0].startTime")]
    [InlineData("\"length\": \"2:00:00\"", "\"length\": \"2:00:00\\u00001\"", "$.tiers[0].resolutionProcess[2].deadline.length")]
    public void A_value_with_an_escaped_NUL_is_a_finding_at_its_path_not_the_text_before_it(string find, string with, string path)
    {
        var indented = SlaPolicyDocument.Save(ZenputSla.Default);
        indented.Should().Contain(find);
        var at = indented.IndexOf(find, StringComparison.Ordinal);

        var finding = SingleError(SlaPolicyDocument.Read(indented[..at] + with + indented[(at + find.Length)..]));

        finding.Path.Should().Be(path);
        finding.Message.Should().Contain("\u0000", "the finding quotes the whole value");
    }

    [Fact]
    public void Invalid_UTF8_is_a_finding_with_its_line_and_position()
    {
        var finding = SingleError(SlaPolicyDocument.Read(WithName([(byte)'Z', 0xFF, 0xFE])));

        finding.Code.Should().Be(PolicyErrorCodes.MalformedDocument);
        finding.Message.Should().Be("The document is not valid UTF-8: byte 0xFF at line 3, position 13 does not belong to a UTF-8 character; save it as UTF-8.");
    }

    [Fact]
    public void An_encoded_surrogate_CESU_style_is_invalid_UTF8()
    {
        SingleError(SlaPolicyDocument.Read(WithName([0xED, 0xA0, 0x80]))).Message.Should().StartWith("The document is not valid UTF-8: byte 0xED at line 3");
    }

    [Theory]
    [InlineData(@"\ud800", "$.name")]
    [InlineData(@"a\udc00b", "$.name")]
    [InlineData(@"\ud800\u0041", "$.name")]
    public void An_escaped_lone_surrogate_is_a_finding_with_its_path(string escaped, string path)
    {
        var finding = SingleError(SlaPolicyDocument.Read(WithName(Encoding.ASCII.GetBytes(escaped))));

        finding.Path.Should().Be(path);
        finding.Message.Should().Contain("line 3, position 11").And.Contain("lone surrogate");
    }

    [Fact]
    public void An_escaped_lone_surrogate_deep_in_an_array_names_the_element()
    {
        var json = Encoding.UTF8.GetString(Valid).Replace("\"engineerAssigned\"", "\"engineer\\udfffAssigned\"", StringComparison.Ordinal);

        SingleError(SlaPolicyDocument.Read(Encoding.UTF8.GetBytes(json))).Path.Should().Be("$.responseSatisfiedBy[0]");
    }

    [Fact]
    public void An_escaped_lone_surrogate_in_a_property_name_names_the_object_that_holds_it()
    {
        // The first tier's second key; the object is at $.tiers[0] and has no index of its own.
        var json = Encoding.UTF8.GetString(Valid);
        var at = json.IndexOf("\"responseGoal\":", StringComparison.Ordinal);
        json = json[..at] + "\"response\\udfffGoal\":" + json[(at + "\"responseGoal\":".Length)..];

        var finding = SingleError(SlaPolicyDocument.Read(Encoding.UTF8.GetBytes(json)));

        finding.Path.Should().Be("$.tiers[0].(a property name)");
        finding.Message.Should().Contain("lone surrogate");
    }

    [Fact]
    public void A_valid_escaped_surrogate_pair_is_text()
    {
        SlaPolicyDocument.Read(WithName(Encoding.ASCII.GetBytes(@"Zenput \ud83d\udee0 SLA"))).Policy!.Name.Should().Be("Zenput 🛠 SLA");
    }

    [Fact]
    public void A_string_with_a_lone_surrogate_is_a_finding_not_silently_replaced()
    {
        var json = Encoding.UTF8.GetString(Valid).Replace("Zenput Support SLA", "Zenput \ud800 SLA", StringComparison.Ordinal);

        SingleError(SlaPolicyDocument.Read(json)).Message.Should().Contain("lone surrogate (U+D800)");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t")]
    public void An_empty_document_says_it_is_empty(string text)
    {
        SingleError(SlaPolicyDocument.Read(Encoding.UTF8.GetBytes(text))).Message
            .Should().Be("The document is empty; expected a policy document (a JSON object with \"schemaVersion\": 1).");
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void A_UTF16_or_UTF32_document_gets_a_hint_about_the_encoding(string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetPreamble().Concat(Encoding.GetEncoding(encoding).GetBytes(Encoding.UTF8.GetString(Valid))).ToArray();

        SingleError(SlaPolicyDocument.Read(bytes)).Message.Should().MatchRegex("^The document looks like UTF-(16|32) text; save it as UTF-8\\.$");
    }

    [Fact]
    public void A_UTF16_document_without_a_byte_order_mark_gets_the_hint_too()
    {
        SingleError(SlaPolicyDocument.Read(new MemoryStream(Encoding.BigEndianUnicode.GetBytes("{\"schemaVersion\": 1}")))).Message
            .Should().Be("The document looks like UTF-16 text; save it as UTF-8.");
    }

    [ScaledProperty(10_000)]
    public void Reading_never_throws_whatever_the_bytes(byte[] noise, int at)
    {
        // Random bytes spliced into a valid document: every outcome is a result, never an exception.
        var position = Math.Abs(at % (Valid.Length + 1));
        var bytes = Valid[..position].Concat(noise ?? []).Concat(Valid[position..]).ToArray();

        var act = () => SlaPolicyDocument.Read(bytes);

        act.Should().NotThrow();
    }

    [Fact]
    public void A_duplicated_key_inside_a_nested_object_is_refused_like_one_at_the_top()
    {
        var json = Encoding.UTF8.GetString(Valid).Replace("\"rank\": 1,", "\"rank\": 1, \"rank\": 3,", StringComparison.Ordinal);

        var finding = SingleError(SlaPolicyDocument.Read(json));

        finding.Path.Should().Be("$.tiers[0].severity.rank");
        finding.Message.Should().Be("The property 'rank' appears more than once.");
    }

    [Fact]
    public void A_window_length_is_echoed_in_hours_not_as_days_and_hours()
    {
        // '10000:00:00' used to come back as '416:16:00:00'.
        var json = Encoding.UTF8.GetString(Valid).Replace("\"length\": \"2:00:00\"", "\"length\": \"10000:00:00\"", StringComparison.Ordinal);

        SlaPolicyDocument.Read(json).Errors.Should().ContainSingle(f => f.Code == PolicyErrorCodes.WindowLongerThanRecurrence)
            .Which.Message.Should().Be("A Weekly window must be shorter than the 168 hours between occurrences, but lasts 10000 hours.");
    }
}
