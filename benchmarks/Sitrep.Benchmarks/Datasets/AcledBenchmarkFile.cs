using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Sitrep.Datasets;
using Sitrep.Datasets.Acled;

namespace Sitrep.Benchmarks.Datasets;

/// <summary>Writes a deterministic ACLED file in the current 31-column layout, dates spelled as the export tool writes them.</summary>
public static class AcledBenchmarkFile
{
    private static readonly string[] SubEvents = ["Armed clash", "Air/drone strike", "Attack", "Peaceful protest", "Shelling/artillery/missile attack", "Arrests"];
    private static readonly string[] EventTypes = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Explosions/Remote violence", "Strategic developments"];

    public static (byte[] Bytes, int Rows) Create(int approximateBytes)
    {
        var random = new Random(20261125);
        var rows = approximateBytes / 445;
        var records = Enumerable.Range(1, rows).Select(i => Record(i, random));
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        DatasetCsvWriter.Write(text, records, protectFormulas: false);
        return (System.Text.Encoding.UTF8.GetBytes(text.ToString()), rows);
    }

    private static AcledEventRecord Record(int id, Random random)
    {
        var inv = CultureInfo.InvariantCulture;
        var kind = id % SubEvents.Length;
        var date = new DateTime(2018 + (id % 7), 1 + (id % 12), 1 + (id % 28));
        var fatalities = random.Next(0, 30);
        string[] values =
        [
            "IRQ" + id.ToString(inv), date.ToString("dd MMMM yyyy", inv), date.Year.ToString(inv), (1 + (id % 3)).ToString(inv),
            kind == 3 ? "Demonstrations" : kind == 5 ? "Strategic developments" : "Political violence", EventTypes[kind], SubEvents[kind],
            "Military Forces of Iraq (2022-)", "Popular Mobilization Forces", "State forces", "Islamic State (Iraq)", string.Empty,
            "Rebel group", "State forces-Rebel group", kind == 2 ? "Civilian targeting" : string.Empty, "368", "Middle East", "Iraq",
            "Anbar", "Al-Qaim", string.Empty, "Al-Qaim", (34 + (id % 1000) / 1000.0).ToString("R", inv), (41 + (id % 700) / 1000.0).ToString("R", inv),
            (1 + (id % 3)).ToString(inv), "Shafaq News; Rudaw", "National-Regional",
            $"On {date.ToString("d MMMM yyyy", inv)}, Iraqi forces clashed with IS militants near Al-Qaim, \"killing\" {fatalities}. [size=no report]",
            fatalities.ToString(inv), id % 4 == 0 ? "crowd size=no report" : string.Empty, (1700000000 + id).ToString(inv),
        ];
        return new AcledEventRecord(AcledColumns.Current, ValueArray.Create<string>(values));
    }
}
