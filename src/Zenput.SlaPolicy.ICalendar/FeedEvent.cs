namespace Zenput.Sla.ICalendar;

/// <summary>Where an event of a feed is: its position, line, UID and summary, for the import's account.</summary>
internal sealed record FeedEvent(int Index, int? Line, string? Uid, string Summary);
