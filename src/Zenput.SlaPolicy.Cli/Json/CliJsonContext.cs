using System.Text.Json.Serialization;

namespace Zenput.Sla.Cli.Json;

/// <summary>
/// The source-generated serializers of the single-answer JSON outputs: no reflection at run time (so
/// the tool trims and compiles ahead of time), NodaTime values through the converters beside it,
/// camelCase names unless a DTO names a field itself.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    Converters = [typeof(InstantJsonConverter), typeof(LocalJsonConverter), typeof(DurationJsonConverter)])]
[JsonSerializable(typeof(ResponsePlanJson))]
[JsonSerializable(typeof(SlaStatusJson))]
[JsonSerializable(typeof(TriageResultJson))]
[JsonSerializable(typeof(MaintenanceWindowJson))]
[JsonSerializable(typeof(StatusPageNoticeJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
