using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Serialization;

/// <summary>
/// Reads and writes whole policies as JSON documents (schema version <see cref="SchemaVersion"/>).
/// </summary>
/// <remarks>
/// <para>Reading never stops at the first problem: malformed JSON is reported with its line and
/// position; wrong types, missing or unknown properties and unknown time zones with their JSON path
/// (<c>$.tiers[2].responseGoal.duration</c>); and, once the document's structure is sound, every
/// rule of <see cref="SlaPolicyBuilder.Build"/> with the same kind of path.</para>
/// <para>Documents larger than <see cref="MaxDocumentBytes"/> or nested deeper than
/// <see cref="MaxDepth"/> are refused, and so are empty documents, text that is not UTF-8 (with a
/// hint when it is UTF-16) and escaped lone surrogates, each as a finding with its line and position:
/// reading never throws for bad input. The reader maps a fixed schema by hand onto the domain
/// types: nothing in a document can choose a .NET type to instantiate.</para>
/// <para>Values use NodaTime's JSON formats (NodaTime.Serialization.SystemTextJson): durations as
/// <c>H:mm:ss</c> (<c>"2:00:00"</c>, <c>"72:00:00"</c>), dates as <c>uuuu-MM-dd</c>, local date-times
/// as ISO-8601 without offset, instants as ISO-8601 in UTC with <c>Z</c>, annual dates as
/// <c>MM-dd</c>; local times as <c>HH:mm</c> (<c>24:00</c> allowed for window ends); enum values by
/// their camelCase names; time zones by IANA id.</para>
/// <para>Saving then loading gives a policy equal to the one saved.</para>
/// </remarks>
public static class SlaPolicyDocument
{
    // Properties rather than constants: a constant is copied into every caller's assembly at compile
    // time, so a caller would keep the old schema version or limit after upgrading this package.

    /// <summary>Gets the schema version this library writes. It reads this one and every earlier one (from <see cref="OldestSchemaVersion"/>).</summary>
    /// <remarks>Version 2 added rule-based holidays, closures across midnight, weekly schedules with effective dates, calendar intersections, business-days goals, zero goals, warning thresholds and the step clock; a version-1 document is a version-2 document that uses none of them.</remarks>
    public static int SchemaVersion { get; } = 2;

    /// <summary>Gets the oldest schema version this library reads.</summary>
    public static int OldestSchemaVersion { get; } = 1;

    /// <summary>Gets the largest document accepted, in bytes: 1 MiB.</summary>
    public static int MaxDocumentBytes { get; } = 1024 * 1024;

    /// <summary>Gets the deepest nesting of objects and arrays accepted.</summary>
    public static int MaxDepth { get; } = 16;

    /// <summary>Reads a document from UTF-8 bytes, returning the policy (if valid) and every finding.</summary>
    /// <param name="utf8Json">The document as UTF-8 (a byte-order mark is allowed).</param>
    /// <returns>The result; never throws for bad input.</returns>
    [Pure]
    public static SlaPolicyLoadResult Read(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        if (utf8Json.Length > MaxDocumentBytes)
        {
            return Failed(new PolicyFinding("$", $"The document is {utf8Json.Length} bytes; the limit is {MaxDocumentBytes} bytes (1 MiB).", PolicyErrorCodes.MalformedDocument));
        }

        if (DocumentEncoding.Check(utf8Json) is { } unreadable)
        {
            return Failed(unreadable);
        }

        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
            document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                document.Dispose();
                return Failed(new PolicyFinding("$", "The document holds more than one JSON value.", PolicyErrorCodes.MalformedDocument));
            }
        }
        catch (JsonException e)
        {
            return Failed(new PolicyFinding("$", Malformed(e), PolicyErrorCodes.MalformedDocument));
        }

        using (document)
        {
            var findings = new List<PolicyFinding>();
            var builder = new SlaPolicyDocumentReader(findings).Read(document.RootElement);
            if (builder is null || findings.Count > 0)
            {
                // Structural errors first: until the document's shape is right, semantic paths could point at the wrong element.
                return new SlaPolicyLoadResult(null, findings);
            }

            var policy = builder.TryBuild(out var semantic);
            findings.AddRange(semantic.Select(f => f with { Path = JsonText.ToJsonPath(f.Path) }));
            return new SlaPolicyLoadResult(policy, findings);
        }
    }

    /// <summary>Reads a document from a string.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The result; never throws for bad input.</returns>
    [Pure]
    public static SlaPolicyLoadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxDocumentBytes)
        {
            return Failed(new PolicyFinding("$", $"The document is over {MaxDocumentBytes} bytes (1 MiB), the limit.", PolicyErrorCodes.MalformedDocument));
        }

        if (DocumentEncoding.Check(json) is { } unencodable)
        {
            return Failed(unencodable);
        }

        return Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a document from a stream, refusing to read more than <see cref="MaxDocumentBytes"/>.</summary>
    /// <param name="utf8Json">A stream of UTF-8 JSON.</param>
    /// <returns>The result; never throws for bad input.</returns>
    public static SlaPolicyLoadResult Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var buffer = new byte[MaxDocumentBytes + 4];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = utf8Json.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        var bom = total >= 3 && buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8) ? 3 : 0;
        if (total - bom > MaxDocumentBytes)
        {
            return Failed(new PolicyFinding("$", $"The document is over {MaxDocumentBytes} bytes (1 MiB), the limit.", PolicyErrorCodes.MalformedDocument));
        }

        return Read(buffer.AsSpan(0, total));
    }

    /// <summary>Loads a valid policy from a string, or throws.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="SlaPolicyValidationException">The document is malformed or the policy invalid; the exception lists every finding with its JSON path.</exception>
    [Pure]
    public static SlaPolicy Load(string json) => OrThrow(Read(json));

    /// <summary>Loads a valid policy from a stream, or throws.</summary>
    /// <param name="utf8Json">A stream of UTF-8 JSON.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="SlaPolicyValidationException">The document is malformed or the policy invalid; the exception lists every finding with its JSON path.</exception>
    public static SlaPolicy Load(Stream utf8Json) => OrThrow(Read(utf8Json));

    /// <summary>Loads a valid policy from a file, or throws.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="SlaPolicyValidationException">The document is malformed or the policy invalid.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SlaPolicy LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Writes <paramref name="policy"/> as an indented document.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The document text.</returns>
    [Pure]
    public static string Save(SlaPolicy policy) => Encoding.UTF8.GetString(SaveToUtf8Bytes(policy));

    /// <summary>Writes <paramref name="policy"/> as an indented UTF-8 document (without a byte-order mark).</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The document bytes.</returns>
    [Pure]
    public static byte[] SaveToUtf8Bytes(SlaPolicy policy)
    {
        using var stream = new MemoryStream();
        Save(policy, stream);
        return stream.ToArray();
    }

    /// <summary>Writes <paramref name="policy"/> as an indented UTF-8 document to <paramref name="utf8Json"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    public static void Save(SlaPolicy policy, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        SlaPolicyDocumentWriter.Write(writer, policy);
    }

    private static SlaPolicy OrThrow(SlaPolicyLoadResult result) =>
        result.Policy ?? throw new SlaPolicyValidationException(result.Findings);

    private static SlaPolicyLoadResult Failed(PolicyFinding finding) => new(null, [finding]);

    private static string Malformed(JsonException e)
    {
        var where = e.LineNumber is { } line
            ? $" at line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}"
            : string.Empty;
        var reason = e.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            reason = reason[..cut].TrimEnd('.', ' ');
        }

        // System.Text.Json's advice for a trailing comma ("… not supported in this mode. Change the reader options")
        // speaks to the reader's programmer, not to the document's author.
        reason = reason.Replace(" which is not supported in this mode. Change the reader options", ", which JSON does not allow", StringComparison.Ordinal);
        return $"The document is not well-formed JSON{where}: {reason}.";
    }
}
