using System.Collections.Generic;

namespace Zenput.Sla.Reports;

/// <summary>
/// Keeps the <c>capacity</c> smallest items by a total order, sorted: the bounded, mergeable form of a
/// "first N" or "worst N" list (the smallest of a union is the smallest of the parts' smallest).
/// </summary>
internal sealed class SmallestList<T>(int capacity, IComparer<T> order)
{
    public int Capacity => capacity;

    private readonly List<T> _items = [];

    public IReadOnlyList<T> Items => _items;

    /// <summary>Gets whether <paramref name="item"/> would be kept, without building it first.</summary>
    public bool WouldKeep(T item) => _items.Count < capacity || (capacity > 0 && order.Compare(item, _items[^1]) < 0);

    public void Add(T item)
    {
        if (!WouldKeep(item))
        {
            return;
        }

        var index = _items.BinarySearch(item, order);
        _items.Insert(index >= 0 ? index : ~index, item);
        if (_items.Count > capacity)
        {
            _items.RemoveAt(_items.Count - 1);
        }
    }

    public void Merge(SmallestList<T> other)
    {
        foreach (var item in other._items)
        {
            Add(item);
        }
    }
}
