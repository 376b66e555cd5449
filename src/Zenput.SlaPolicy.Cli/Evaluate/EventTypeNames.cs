using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Zenput.Sla.Cli.Evaluate;

/// <summary>
/// The event types of <c>evaluate --input</c> lines as UTF-8 bytes (camelCase, as in policy documents), in the
/// forms the line readers match them in. They depend on <see cref="TicketEventKind"/> alone, so they are made once.
/// </summary>
internal static class EventTypeNames
{
    /// <summary>The camelCase UTF-8 name of each kind, by its value (<see cref="TicketEventKind.Reported"/> included, though it is not an event type).</summary>
    public static readonly byte[][] Utf8 = MakeNames();

    /// <summary>The event kinds (not <see cref="TicketEventKind.Reported"/>) whose name has each length.</summary>
    public static readonly TicketEventKind[][] ByLength = Group(name => name.Length, MaxLength() + 1);

    /// <summary>The event kinds (not <see cref="TicketEventKind.Reported"/>) whose name starts with each ASCII byte.</summary>
    public static readonly TicketEventKind[][] ByFirstLetter = Group(name => name[0] & 0x7F, 128);

    /// <summary>For each event kind, the opening of an event of the compact shape up to its instant: <c>{"type":"fixApplied","at":"</c>.</summary>
    public static readonly byte[][] CompactOpenings = Array.ConvertAll(Utf8, name => (byte[])[.. "{\"type\":\""u8, .. name, .. "\",\"at\":\""u8]);

    private static byte[][] MakeNames()
    {
        var names = new byte[(int)TicketEventKind.SeverityChanged + 1][];
        for (var kind = TicketEventKind.Reported; kind <= TicketEventKind.SeverityChanged; kind++)
        {
            names[(int)kind] = System.Text.Encoding.UTF8.GetBytes(JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()));
        }

        return names;
    }

    private static int MaxLength()
    {
        var max = 0;
        foreach (var name in Utf8)
        {
            max = Math.Max(max, name.Length);
        }

        return max;
    }

    private static TicketEventKind[][] Group(Func<byte[], int> key, int slots)
    {
        var groups = new List<TicketEventKind>[slots];
        for (var kind = TicketEventKind.TicketCreated; kind <= TicketEventKind.SeverityChanged; kind++)
        {
            (groups[key(Utf8[(int)kind])] ??= []).Add(kind);
        }

        return Array.ConvertAll(groups, group => group?.ToArray() ?? []);
    }
}
