using System.IO.Compression;
using System.Xml;

namespace NkHandouts.IO;

/// <summary>
/// Checks that a .docx is whole before the Open XML SDK reads it: every XML part well-formed, the two parts every
/// package has ([Content_Types].xml, _rels/.rels) present, and every part a relationship names present. The SDK reads
/// parts lazily and reports damage as its own exception text, without the part (or as a crash, for a missing part);
/// here the damage is named by part, line and column, in words a clinician can act on.
/// </summary>
internal static class DocxIntegrity
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Null when the package is whole, else what is damaged or missing.</summary>
    public static string? Check(ZipArchive zip)
    {
        var names = new HashSet<string>(zip.Entries.Select(e => e.FullName), StringComparer.OrdinalIgnoreCase);
        foreach (var required in (string[])["[Content_Types].xml", "_rels/.rels"])
        {
            if (!names.Contains(required))
            {
                return $"it has no part '{required}', which every Word document has (the file is damaged, or was not saved by a word processor)";
            }
        }

        foreach (var entry in zip.Entries.Where(IsXml))
        {
            if (Damage(entry) is { } damage)
            {
                return damage;
            }
        }

        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            if (MissingTarget(entry, names) is { } missing)
            {
                return missing;
            }
        }

        return null;
    }

    // OPC names XML parts by content type; every part a word processor writes as XML ends in .xml or .rels.
    private static bool IsXml(ZipArchiveEntry e) =>
        e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, // SafeArchive has refused any DTD by now; never process one
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
    };

    /// <summary>Reads the part through once; where the reader stops is the damage.</summary>
    private static string? Damage(ZipArchiveEntry entry)
    {
        string text;
        using (var reader = new StreamReader(entry.Open(), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true))
        {
            text = reader.ReadToEnd();
        }

        try
        {
            using var xml = XmlReader.Create(new StringReader(text), Settings);
            while (xml.Read())
            {
            }

            return null;
        }
        catch (XmlException e)
        {
            var what = AtEnd(text, e.LineNumber, e.LinePosition)
                ? "its XML breaks off before its elements are closed (the part was cut short)"
                : "its XML is not well-formed there";
            return $"part '{entry.FullName}' is damaged at line {e.LineNumber}, column {e.LinePosition}: {what}";
        }
    }

    /// <summary>True when no tag closes after line:column: the reader ran out of text, the part was cut short.</summary>
    private static bool AtEnd(string text, int line, int column)
    {
        var offset = 0;
        for (var l = 1; l < line && offset >= 0; l++)
        {
            offset = text.IndexOf('\n', offset) is var n and >= 0 ? n + 1 : -1;
        }

        offset = offset < 0 ? text.Length : Math.Min(text.Length, offset + Math.Max(0, column - 1));
        return text.IndexOf('>', offset) < 0;
    }

    /// <summary>The first internal relationship target of <paramref name="rels"/> that is not in the package.</summary>
    private static string? MissingTarget(ZipArchiveEntry rels, HashSet<string> names)
    {
        // word/_rels/document.xml.rels holds the relationships of word/document.xml: targets are relative to word/.
        var folder = rels.FullName[..Math.Max(0, rels.FullName.LastIndexOf("_rels/", StringComparison.Ordinal))];
        using var reader = XmlReader.Create(rels.Open(), Settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.NamespaceURI != RelationshipsNamespace
                || string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)
                || reader.GetAttribute("Target") is not { Length: > 0 } target)
            {
                continue;
            }

            var path = Resolve(folder, Uri.UnescapeDataString(target.Split('#')[0]));
            if (path.Length > 0 && !names.Contains(path))
            {
                var type = reader.GetAttribute("Type") ?? "";
                var kind = type.EndsWith("/officeDocument", StringComparison.Ordinal) ? "main document" : type[(type.LastIndexOf('/') + 1)..];
                return $"part '{path}' is missing: '{rels.FullName}' names it as the {kind} part (the file is damaged)";
            }
        }

        return null;
    }

    private static string Resolve(string folder, string target)
    {
        var parts = new List<string>();
        var full = target.StartsWith('/') ? target[1..] : folder + target;
        foreach (var segment in full.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }
}
