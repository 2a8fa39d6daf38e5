using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Sitrep.Datasets;
using Sitrep.Datasets.Ucdp;

namespace Sitrep.Benchmarks.Datasets;

/// <summary>Writes a deterministic UCDP GED 49-column file of about the requested size, shaped like a real release.</summary>
public static class UcdpBenchmarkFile
{
    public static (byte[] Bytes, int Rows) Create(int approximateBytes)
    {
        var random = new Random(20261125);
        var rows = approximateBytes / 500;
        var records = Enumerable.Range(1, rows).Select(i => Record(i, random));
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        DatasetCsvWriter.Write(text, records, protectFormulas: false);
        return (System.Text.Encoding.UTF8.GetBytes(text.ToString()), rows);
    }

    private static UcdpGedRecord Record(int id, Random random)
    {
        var inv = CultureInfo.InvariantCulture;
        var a = random.Next(0, 20);
        var b = random.Next(0, 20);
        var c = random.Next(0, 5);
        var u = random.Next(0, 3);
        var best = a + b + c + u;
        var year = 1989 + (id % 36);
        var month = 1 + (id % 12);
        var day = 1 + (id % 28);
        var date = string.Create(inv, $"{year:D4}-{month:D2}-{day:D2}");
        string[] values =
        [
            id.ToString(inv), $"MYA-{year}-1-222-{id}", year.ToString(inv), "1", "Clear", (1 + (id % 3)).ToString(inv), "222", "222",
            "Myanmar (Burma): Government", "900", "900", "Government of Myanmar (Burma) - PDF", "144", "144", "Government of Myanmar (Burma)",
            "7000", "7000", "PDF", (1 + (id % 4)).ToString(inv),
            $"\"Outlet,{date},Clashes near the town\";\"Agency,{date},Fighting, residents say\"", string.Empty, date,
            "Clashes near the town", "residents; local media", (1 + (id % 7)).ToString(inv), "Hpakant town",
            id % 10 == 0 ? "near Hpakant,\nKachin" : "near Hpakant", "Kachin state", "Mohnyin district",
            (16 + (id % 1000) / 100.0).ToString("R", inv), (94 + (id % 700) / 100.0).ToString("R", inv),
            string.Create(inv, $"POINT ({94 + (id % 700) / 100.0:R} {16 + (id % 1000) / 100.0:R})"), (150000 + id % 5000).ToString(inv),
            "Myanmar (Burma)", "775", "Asia", "1", "1", date, date,
            a.ToString(inv), b.ToString(inv), c.ToString(inv), u.ToString(inv), best.ToString(inv), (best + 2).ToString(inv), best.ToString(inv),
            "775", string.Empty,
        ];
        return new UcdpGedRecord(UcdpGedColumns.Ged49, ValueArray.Create<string>(values));
    }
}
