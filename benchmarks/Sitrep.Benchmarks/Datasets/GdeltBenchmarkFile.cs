using System;
using System.Globalization;
using System.Text;
using Sitrep.Datasets.Gdelt;

namespace Sitrep.Benchmarks.Datasets;

/// <summary>Writes a deterministic GDELT 2.0 event file of about the requested size: 61 tab-separated fields, no header.</summary>
public static class GdeltBenchmarkFile
{
    public static (byte[] Bytes, int Rows) Create(int approximateBytes)
    {
        var inv = CultureInfo.InvariantCulture;
        var rows = approximateBytes / 370;
        var builder = new StringBuilder(approximateBytes + 4096);
        var fields = new string[GdeltEventColumns.Gdelt2.Count];
        for (var i = 0; i < rows; i++)
        {
            Array.Fill(fields, string.Empty);
            var root = 1 + (i % 20);
            fields[0] = (881990832L + i).ToString(inv);
            fields[1] = "20191024";
            fields[2] = "201910";
            fields[3] = "2019";
            fields[4] = "2019.8055";
            fields[5] = i % 5 == 0 ? string.Empty : "IRQMIL";
            fields[6] = i % 5 == 0 ? string.Empty : "IRAQ";
            fields[7] = "IRQ";
            fields[12] = "MIL";
            fields[15] = "USAGOV";
            fields[16] = "UNITED STATES";
            fields[17] = "USA";
            fields[22] = "GOV";
            fields[25] = (i % 2).ToString(inv);
            fields[26] = root.ToString("D2", inv) + (i % 10).ToString(inv);
            fields[27] = fields[26];
            fields[28] = root.ToString("D2", inv);
            fields[29] = (1 + ((root - 1) / 5)).ToString(inv);
            fields[30] = (-10 + (i % 21)).ToString("0.0", inv);
            fields[31] = (1 + (i % 9)).ToString(inv);
            fields[32] = "1";
            fields[33] = (1 + (i % 9)).ToString(inv);
            fields[34] = (-5 + ((i % 1000) / 100.0)).ToString("R", inv);
            for (var g = 0; g < 3; g++)
            {
                var at = 35 + (g * 8);
                fields[at] = "4";
                fields[at + 1] = "Erbil, Arbil, Iraq";
                fields[at + 2] = "IZ";
                fields[at + 3] = "IZ11";
                fields[at + 4] = "2226";
                fields[at + 5] = (36 + ((i % 100) / 100.0)).ToString("R", inv);
                fields[at + 6] = (44 + ((i % 100) / 100.0)).ToString("R", inv);
                fields[at + 7] = "-3036001";
            }

            fields[59] = "20191024143000";
            fields[60] = "https://www.example.org/news/2019/10/24/story-" + i.ToString(inv);
            builder.AppendJoin('\t', fields).Append('\n');
        }

        return (Encoding.UTF8.GetBytes(builder.ToString()), rows);
    }
}
