using System;
using System.Collections;
using System.Collections.Generic;

namespace Zenput.Sla.Internal;

/// <summary>
/// A read-only list whose items its owner sets again and again (<see cref="Reset"/>), keeping its array: the lists of an
/// evaluation result that the tool's batch refills from ticket to ticket (<c>Evaluation.EvaluationReuse</c>). Never handed
/// to users, for whom results are immutable.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ReusableList<T> : IReadOnlyList<T>
{
    private T[] _items = new T[8];
    private int _count;

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
            return _items[index];
        }
    }

    /// <summary>Makes the list <paramref name="count"/> items long and returns them to be set (their old values are left).</summary>
    /// <param name="count">The new length.</param>
    /// <returns>The items.</returns>
    public Span<T> Reset(int count)
    {
        if (count > _items.Length)
        {
            _items = new T[Math.Max(count, 2 * _items.Length)];
        }

        _count = count;
        return _items.AsSpan(0, count);
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _items[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
