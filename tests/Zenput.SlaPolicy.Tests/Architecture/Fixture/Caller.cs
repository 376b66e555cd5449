namespace Zenput.Sla.Tests.Architecture.Fixture.Upper;

/// <summary>A fixture for the dependency reader: uses the lower namespace only inside a method body.</summary>
internal static class Caller
{
    public static int Call() => Lower.Callee.Answer();
}
