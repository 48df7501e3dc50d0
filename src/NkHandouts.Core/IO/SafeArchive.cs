using System.IO.Compression;

namespace NkHandouts.IO;

/// <summary>
/// Checks a .docx before any XML parser sees it: a template's reference document and a briefing returned for import
/// are user-edited input, and a zip bomb (tiny file, gigabytes uncompressed) must be refused by its sizes, not
/// discovered by running out of memory. Nor may any part carry a DTD: Word never writes one, and our XML readers never
/// process one (entity expansion, external files); it is named here, by part and place, before a parser throws.
/// Last, a damaged package (a part cut short or missing) is named by part, line and column (<see cref="DocxIntegrity"/>).
/// </summary>
public static class SafeArchive
{
    public const long MaxFileBytes = 32L * 1024 * 1024;
    public const long MaxEntryBytes = 32L * 1024 * 1024;
    public const long MaxTotalBytes = 128L * 1024 * 1024;
    public const int MaxEntries = 2000;

    /// <summary>Returns null when the archive is acceptable, else why it is not.</summary>
    public static string? Check(byte[] bytes) => Check(bytes, out _);

    /// <summary>What kind of refusal <see cref="Check(byte[], out ArchiveProblem)"/> gave: the hint differs.</summary>
    public enum ArchiveProblem
    {
        None,

        /// <summary>Too large, a bomb, a DTD: refused on purpose.</summary>
        Refused,

        /// <summary>Not a (complete) zip archive: cut short, or not a .docx at all.</summary>
        NotZip,

        /// <summary>A .docx with a part cut short, broken or missing: Word can often repair it.</summary>
        Damaged,
    }

    /// <summary>As <see cref="Check(byte[])"/>; <paramref name="problem"/> says what kind of refusal it is.</summary>
    public static string? Check(byte[] bytes, out ArchiveProblem problem)
    {
        problem = ArchiveProblem.Refused;
        if (bytes.Length > MaxFileBytes)
        {
            return $"the file is {bytes.Length:N0} bytes; the limit is {MaxFileBytes:N0}";
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                return $"it holds {zip.Entries.Count:N0} entries; the limit is {MaxEntries:N0}";
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                // Declared sizes first: cheap, and refuses honest bombs without inflating anything.
                if (entry.Length > MaxEntryBytes)
                {
                    return $"entry '{entry.FullName}' expands to {entry.Length:N0} bytes; the limit is {MaxEntryBytes:N0}";
                }

                total += entry.Length;
                if (total > MaxTotalBytes)
                {
                    return $"its entries expand to more than {MaxTotalBytes:N0} bytes";
                }
            }

            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                // Then the real sizes, since a crafted header can lie about them.
                using var stream = entry.Open();
                long read = 0;
                int n;
                while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    read += n;
                    if (read > entry.Length || read > MaxEntryBytes)
                    {
                        return $"entry '{entry.FullName}' expands beyond its declared size of {entry.Length:N0} bytes";
                    }
                }
            }

            foreach (var entry in zip.Entries)
            {
                using var text = new StreamReader(entry.Open(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                if (XmlProlog.Doctype(text) is { } at)
                {
                    return $"part '{entry.FullName}' has a DTD (<!DOCTYPE …> at its line {at.Line}, column {at.Column}); DTDs are not allowed in Word documents, and it was not processed";
                }
            }

            if (DocxIntegrity.Check(zip) is { } damage)
            {
                problem = ArchiveProblem.Damaged;
                return damage;
            }
        }
        catch (InvalidDataException)
        {
            problem = ArchiveProblem.NotZip;
            // A .docx is a zip archive; a cut-short download or a copy that broke off leaves one without its directory.
            return "it is not a complete zip archive (a .docx is one): it is damaged, cut short, or not a Word document at all";
        }

        problem = ArchiveProblem.None;
        return null;
    }
}
