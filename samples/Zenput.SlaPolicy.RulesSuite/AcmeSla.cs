using Zenput.Sla;
using Zenput.Sla.Serialization;

namespace Acme.Support.SlaRules;

/// <summary>Our SLA document, as the helpdesk loads it.</summary>
internal static class AcmeSla
{
    public static readonly string DocumentPath = Path.Combine(AppContext.BaseDirectory, "acme-sla.json");

    public static SlaPolicyLoadResult Read() => SlaPolicyDocument.Read(File.ReadAllText(DocumentPath));

    public static SlaPolicy Policy { get; } = SlaPolicyDocument.LoadFile(DocumentPath);
}
