using System;
using System.Text.Json.Nodes;

namespace Zenput.Sla.DependencyInjection;

/// <summary>
/// An empty value in configuration, which may stand for several JSON values: empty text for
/// <c>null</c>, <c>[]</c> or <c>""</c>; a key without a value for <c>null</c> or <c>{}</c>. It holds
/// its place in the rebuilt document and which reading is in it.
/// </summary>
internal sealed class EmptyValue
{
    private static readonly Func<JsonNode?>[] TextReadings = [() => null, () => new JsonArray(), () => JsonValue.Create(string.Empty)];
    private static readonly Func<JsonNode?>[] MissingValueReadings = [() => null, () => new JsonObject()];

    private readonly JsonNode _parent;
    private readonly object _slot;
    private readonly Func<JsonNode?>[] _readings;
    private int _reading;

    public EmptyValue(JsonNode parent, object slot, bool isEmptyText)
    {
        _parent = parent;
        _slot = slot;
        _readings = isEmptyText ? TextReadings : MissingValueReadings;
    }

    /// <summary>Puts the next reading in place; false when every reading has been tried.</summary>
    public bool TryNext()
    {
        if (_reading + 1 >= _readings.Length)
        {
            return false;
        }

        Put(++_reading);
        return true;
    }

    /// <summary>Puts the likeliest reading in place (<c>[]</c> for empty text, null otherwise); false when it is already there.</summary>
    public bool Settle()
    {
        var likeliest = _readings == TextReadings ? 1 : 0;
        if (_reading == likeliest)
        {
            return false;
        }

        Put(likeliest);
        return true;
    }

    private void Put(int reading)
    {
        _reading = reading;
        var value = _readings[reading]();
        if (_slot is int index)
        {
            _parent.AsArray()[index] = value;
        }
        else
        {
            _parent.AsObject()[(string)_slot] = value;
        }
    }
}
