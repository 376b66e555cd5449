using System;

Console.WriteLine(Zenput.SlaPolicy.ZenputSla.Default);
