using System.Text.RegularExpressions;
using NkHandouts.Build;

namespace NkHandouts.Cli.Tests;

/// <summary>
/// The hostile cases of issue #19, one table, each through the real nkhandouts executable in a child process (as a
/// shell or CI sees it: exit status, standard output and error as bytes, the environment): a copy of the project is
/// built once, broken as a new user or an attacker would, and run again. Each row says what must come out: the exit
/// status, the diagnostic (code at path[:line:col], as a regex), and whether every previous output must still be
/// byte for byte what it was. Nothing may be silently wrong: no row may exit 0 without saying something, none may
/// reach NK400 ("report a bug") or an internal error, and no raw control character may reach the terminal.
/// </summary>
public sealed class HostileCaseTests
{
    private const string Clinician = "content/nk-cell-therapy-myths.md";
    private const string Patient = "content/nk-cell-therapy-myths.patient.md";
    private const string Leaflet = "templates/patient-leaflet/template.yaml";
    private const string Booklet = "templates/booklet-a5/template.yaml";

    /// <summary>name → (setup, arguments, exit, expected diagnostic regex, previous outputs kept; what must not appear
    /// where a misleading cascade followed before).</summary>
    private static readonly Dictionary<string, Row> Table = new()
    {
        ["duplicate slugs"] = new(p => { Copy(p, Clinician, "content/a/dup.md"); Copy(p, Clinician, "content/b/dup.md"); },
            ["build"], 1, @"content/a/dup\.md:1:1: error NK119: 'content/a/dup\.md' and 'content/b/dup\.md' would both write 'dup\.clinician-briefing\.docx'; neither is built", Keep: true),
        ["folder link loop"] = new(p => { Directory.CreateDirectory(P(p, "content/sub")); Directory.CreateSymbolicLink(P(p, "content/sub/loop"), ".."); },
            ["validate"], 1, @"content/sub/loop: error NK120: folder link 'content/sub/loop' -> '\.\.' is not followed"),
        ["article linked from outside"] = new(p => { File.WriteAllText(P(p, "outside.md"), File.ReadAllText(P(p, Clinician))); File.CreateSymbolicLink(P(p, "content/x.md"), P(p, "outside.md")); },
            ["build"], 1, @"content/x\.md: error NK120: 'content/x\.md' is a symbolic link to .*outside\.md', outside the content folder", Keep: true),
        ["malformed glossary (build)"] = new(p => File.WriteAllText(P(p, "content/glossary.yaml"), "autologous: [from your own body\n"),
            ["build"], 1, @"content/glossary\.yaml:\d+:\d+: error NK102: glossary is not valid YAML", Keep: true),
        ["malformed glossary (validate)"] = new(p => File.WriteAllText(P(p, "content/glossary.yaml"), "autologous:\n  - a list\n"),
            ["validate"], 1, @"content/glossary\.yaml:2:3: error NK103"),
        ["absurd bleed"] = new(p => Replace(p, Leaflet, @"bleed: \S+", "bleed: 10000mm"),
            ["build"], 1, @"templates/patient-leaflet/template\.yaml:\d+:\d+: error NK204: 'bleed' is 10000 mm; it must be between 0 mm and 20 mm", Keep: true),
        ["absurd body size"] = new(p => Replace(p, Booklet, @"bodySize: \S+", "bodySize: 500pt"),
            ["validate"], 1, @"templates/booklet-a5/template\.yaml:\d+:13: error NK204: 'bodySize' is 500 pt; it must be between 6 pt and 72 pt"),
        ["absurd margins"] = new(p => Replace(p, Leaflet, @"margins: .*", "margins: 5000mm"),
            ["validate"], 1, @"templates/patient-leaflet/template\.yaml:\d+:\d+: error NK205: margins leave almost no room on A4"),
        ["--jobs 0"] = new(_ => { }, ["build", "--jobs", "0"], 2, @"--jobs must be a whole number from 1 to 256, not 0"),
        ["--jobs -1"] = new(_ => { }, ["build", "--jobs", "-1"], 2, @"--jobs must be a whole number from 1 to 256, not -1"),
        ["--only matching nothing"] = new(_ => { }, ["build", "--only", "*.a3.pdf"], 0, @"--only: warning NK109: '\*\.a3\.pdf' matches none of the \d+ planned outputs \(e\.g\. ", Keep: true),
        ["check --audience kids"] = new(_ => { }, ["check", Clinician, "--audience", "kids"], 2, @"unknown audience 'kids' for --audience; use one of: .*clinicians.*patients"),
        ["SOURCE_DATE_EPOCH garbage"] = new(_ => { }, ["build"], 2, @"SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, from 0 to 253402300799 \(9999-12-31\), not 'garbage'",
            Keep: true, Env: new() { ["SOURCE_DATE_EPOCH"] = "garbage" }),
        ["SOURCE_DATE_EPOCH out of range"] = new(_ => { }, ["build"], 2, @"SOURCE_DATE_EPOCH must be .* not '99999999999999'",
            Keep: true, Env: new() { ["SOURCE_DATE_EPOCH"] = "99999999999999" }),
        ["autolinks with odd hosts"] = new(p => AppendBoth(p, "\nSee <https://../> or <https://x..y/> or <http://[::1>.\n"),
            ["build"], 0, @"content/nk-cell-therapy-myths\.md:\d+:5: warning NK110: link to 'https://\.\./' was dropped \(it is not a valid address"),
        ["control characters in text"] = new(p => AppendBoth(p, "\nA bell \a and an escape \u001b[31m here.\n"),
            ["build"], 1, @"content/nk-cell-therapy-myths\.patient\.md:\d+:8: error NK118: control character U\+0007 \(BEL\) in the text", Keep: true),
        ["utf-16 article"] = new(p => File.WriteAllText(P(p, Clinician), File.ReadAllText(P(p, Clinician)), System.Text.Encoding.Unicode),
            ["build"], 1, @"content/nk-cell-therapy-myths\.md:1:1: error NK002: file is UTF-16 \(little-endian\) text, not UTF-8", Keep: true),
        ["control characters in a file name"] = new(p => File.WriteAllText(P(p, "content/evil\u001b[2J\nfake.md:1:1: error NK999: forged.md"), "---\ntitle: x\n---\n"),
            ["validate"], 1, @"content/evil\\x1B\[2J\\nfake\.md:1:1: error NK999: forged\.md:\d+:1: error NK104"),
        ["input over the size limit"] = new(p => File.AppendAllText(P(p, Clinician), new string('x', 17 * 1024 * 1024)),
            ["build"], 1, @"content/nk-cell-therapy-myths\.md: error NK003: file is [\d,]+ bytes; the limit is 16,777,216\n  hint: split the article into smaller ones", Keep: true),
        ["piped list"] = new(_ => { }, ["list"], 0, @"^article content/nk-cell-therapy-myths\.md: ok; audience=clinicians status=review reviewBy=2026-12-19 daysLeft=-?\d+ templates=clinician-briefing", Stdout: true),
        ["piped build summary"] = new(p => AppendBoth(p, "\nOne more line.\n"), ["build"], 0, @"\nbuilt nk-cell-therapy-myths\.clinician-briefing\.docx pages=- size=\d+ grade=[\d.]+ reading=report", Stdout: true),
        ["review date passed"] = new(_ => { }, ["build"], 1,
            @"content/nk-cell-therapy-myths\.patient\.md:13:11: error NK121: review date 2026-12-19 has passed \(13 day\(s\) ago; today is 2027-01-01\); its patient outputs are not written",
            Keep: true, Env: new() { ["NKH_TODAY"] = "2027-01-01" }),
        ["review date passed, --allow-expired"] = new(_ => { }, ["build", "--allow-expired"], 0,
            @"content/nk-cell-therapy-myths\.patient\.md:13:11: warning NK121: review date 2026-12-19 has passed .*built anyway because of --allow-expired",
            Env: new() { ["NKH_TODAY"] = "2027-01-01" }),
        ["review date near"] = new(_ => { }, ["build"], 0,
            @"content/nk-cell-therapy-myths\.patient\.md:13:11: warning NK122: review by 2026-12-19: 18 day\(s\) left \(today is 2026-12-01\)",
            Env: new() { ["NKH_TODAY"] = "2026-12-01" }),
        ["wide table in a patient text"] = new(p => File.AppendAllText(P(p, Patient), WideTable),
            ["build"], 1, @"content/nk-cell-therapy-myths\.patient\.md:\d+:1: error NK123: table has 25 columns; patient outputs hold at most 6 \(limits\.maxTableColumns\)", Keep: true),
        ["wide table in a clinician text"] = new(p => File.AppendAllText(P(p, Clinician), WideTable),
            ["build"], 0, @"content/nk-cell-therapy-myths\.md:\d+:1: warning NK123: table has 25 columns, more than 6 \(limits\.maxTableColumns\); it is set as one list per row"),
        ["10,000-character word in a patient text"] = new(p => File.AppendAllText(P(p, Patient), "\n\nSee " + new string('x', 10_000) + " here.\n"),
            ["build"], 1, @"content/nk-cell-therapy-myths\.patient\.md:\d+:1: error NK124: a word of 10,000 characters \(""xxxxxxxxxxxx…""\); patient outputs hold words of at most 40 \(limits\.maxWordLength\)", Keep: true),
        ["10,000-character word in a clinician text"] = new(p => File.AppendAllText(P(p, Clinician), "\n\nSee " + new string('y', 10_000) + " here.\n"),
            ["build"], 0, @"content/nk-cell-therapy-myths\.md:\d+:1: warning NK124: a word of 10,000 characters \(""yyyyyyyyyyyy…""\), more than 40 \(limits\.maxWordLength\); it is cut where it overflows a line"),
        ["quotes nested 12 deep in a patient text"] = new(p => File.AppendAllText(P(p, Patient), DeepQuote(12)),
            ["build"], 1, @"content/nk-cell-therapy-myths\.patient\.md:\d+:5: error NK125: quotes, lists and boxes are nested 12 deep here; patient outputs hold at most 4 levels \(limits\.maxNestingDepth\)", Keep: true),
        ["quotes nested 30 deep in a clinician text, as a leaflet"] = new(p => { AsLeaflet(p); File.AppendAllText(P(p, Clinician), DeepQuote(30)); },
            ["build"], 0, @"content/nk-cell-therapy-myths\.md:\d+:5: warning NK125: quotes, lists and boxes are nested 30 deep here, more than 4 \(limits\.maxNestingDepth\); the levels past 4 are set as plain paragraphs"),
        ["a block left no width (NK403 at its line)"] = new(p => { Replace(p, Booklet, @"bodySize: \S+", "bodySize: 20pt"); File.AppendAllText(P(p, Booklet), "limits: { maxNestingDepth: 10 }\n"); File.AppendAllText(P(p, Patient), DeepQuote(10)); },
            ["build", "--only", "nk-cell-therapy-myths.patient.booklet-a5.*"], 1, @"content/nk-cell-therapy-myths\.patient\.md:\d+:12: error NK403: the leaflet could not be laid out: page \d+: the next block does not fit the width of the text area \(340\.2 pt\): .* \(it begins “Deep quote line 0 with", Keep: true),
        ["hard-wrapped capitals in plain text"] = new(p => File.WriteAllText(P(p, "licence.txt"), Licence),
            ["check", "licence.txt", "--format", "json"], 0, @"^  ""sentences"": 2,", Stdout: true),
        ["check locates the introduction"] = new(_ => { }, ["check", Clinician, "--format", "json"], 0, @"""title"": ""Introduction"",\s*""line"": 26,", Stdout: true),
        ["type too large for the text area (NK403)"] = new(p => { Replace(p, Booklet, @"margins: .*", "margins: { top: 80mm, right: 14mm, bottom: 80mm, left: 14mm }"); Replace(p, Booklet, @"bodySize: \S+", "bodySize: 34pt"); },
            // 34 pt, not 72: the A5 column (340.2 pt) must hold 10 ems of the body type, or NK205 refuses the template first
            ["build"], 1, @"templates/booklet-a5/template\.yaml: error NK403: the leaflet could not be laid out: after margins, header and footer the text area is 340\.2 × 69\.7 pt, shorter than one line of the title \(85\.7 pt at 71\.4 pt type\)\n  hint: reduce page\.margins", Keep: true),
        ["logo taller than wide"] = new(p => File.WriteAllText(P(p, "templates/patient-leaflet/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 1000\"><rect width=\"10\" height=\"1000\" fill=\"#123456\"/></svg>\n"),
            ["build"], 0, @"\nbuilt nk-cell-therapy-myths\.patient\.patient-leaflet\.a4\.pdf pages=\d+ ", Stdout: true),
        ["path too long"] = new(_ => { }, ["build", "--out", "out/" + new string('n', 300)], 2, @"error NK905: cannot write '.*nnnn': the path is too long", Keep: true),

        // Round 8: the tool as a whole, re-attacked after Word import, serve, verify and the page check landed.
        ["yaml alias that contains itself"] = new(p => Replace(p, Patient, @"keywords: .*", "keywords: &a [cells, *a]"),
            ["validate"], 1, @"content/nk-cell-therapy-myths\.patient\.md:6:22: error NK102: front matter cannot be used: alias '\*a' is used inside the value it names"),
        ["yaml alias bomb"] = new(p => Replace(p, Patient, @"keywords: .*", AliasBomb),
            ["validate"], 1, @"content/nk-cell-therapy-myths\.patient\.md:\d+:\d+: error NK102: front matter cannot be used: with its aliases \(\*name\) written out it holds more than 100,000 values"),
        ["yaml nested 200,000 deep"] = new(p => Replace(p, Clinician, @"keywords: .*", "keywords: " + new string('[', 200_000) + new string(']', 200_000)),
            ["build"], 1, @"content/nk-cell-therapy-myths\.md:6:74: error NK102: front matter cannot be used: values are nested more than 64 deep", Keep: true),
        ["yaml key that is a list"] = new(p => Replace(p, Patient, @"keywords: .*", "keywords: [cells]\nsource2: { ? [a, b] : c }"),
            ["validate"], 1, @"content/nk-cell-therapy-myths\.patient\.md:7:14: error NK102: front matter cannot be used: a key is a list or a mapping; keys must be plain text"),
        ["named pipe as an article"] = new(p => MakeFifo(P(p, "content/pipe.md")),
            ["validate"], 1, @"content/pipe\.md: error NK001: 'pipe\.md' is a named pipe \(FIFO\), not a file; it is not read"),
        ["named pipe as an image"] = new(p => { MakeFifo(P(p, "content/chart.png")); File.AppendAllText(P(p, Patient), "\n![A chart of the doses](chart.png)\n"); },
            ["build"], 1, @"content/nk-cell-therapy-myths\.patient\.md:\d+:1: error NK112: image 'chart\.png' is refused: it is a named pipe \(FIFO\), not a file", Keep: true),
        ["import: a document naming an article outside the content folder"] = new(p => Docx(p, "docProps/custom.xml", x => Regex.Replace(x, @"(name=""ArticlePath""><vt:lpwstr[^>]*>)[^<]*", "${1}" + P(p, "outside.md"))),
            ["import", Briefing, "--write"], 1, @"out/nk-cell-therapy-myths\.clinician-briefing\.docx: error NK707: the document says it was built from '.*outside\.md', which is outside the content folder 'content'; nothing was read or written"),
        ["import: a part that is not well-formed XML"] = new(p => Docx(p, "word/document.xml", x => x[..(x.Length / 2)]),
            ["import", Briefing], 1, @"out/nk-cell-therapy-myths\.clinician-briefing\.docx: error NK705: the document cannot be read: part 'word/document\.xml' is damaged at line 1, column \d+: its XML breaks off before its elements are closed \(the part was cut short\)\n  hint: the file is damaged: open it in Word",
            Absent: "Unexpected end of file|Line 1, position"),
        ["import: a zip bomb"] = new(p => Docx(p, "word/document.xml", x => x.Replace("crucial", new string('A', 40 * 1024 * 1024), StringComparison.Ordinal)),
            ["import", Briefing], 1, @"out/nk-cell-therapy-myths\.clinician-briefing\.docx: error NK705: not a Word document \(\.docx\) that can be read: entry 'word/document\.xml' expands to [\d,]+ bytes; the limit is 33,554,432"),
        ["font file that is not a font"] = new(p => File.WriteAllText(P(p, "templates/patient-leaflet/fonts/DejaVuSans.ttf"), "This is a text file, not a font."),
            ["build"], 1, @"templates/patient-leaflet/template\.yaml:20:52: error NK208: font file 'fonts/DejaVuSans\.ttf' cannot be used: not a TrueType/OpenType font", Keep: true),
        ["logo that is binary"] = new(p => File.WriteAllBytes(P(p, "templates/patient-leaflet/logo.svg"), [.. "GIF89a"u8, 0, 0, 1, 0]),
            ["build"], 1, @"^templates/patient-leaflet/logo\.svg:1:7: error NK002: file contains a NUL byte: it looks binary, not text\n  hint: save the SVG file as UTF-8 text", Keep: true),
        ["check of a damaged PDF"] = new(p => File.WriteAllBytes(P(p, "damaged.pdf"), File.ReadAllBytes(P(p, "out/nk-cell-therapy-myths.patient.patient-leaflet.a4.pdf"))[..30_000]),
            ["check", "damaged.pdf"], 2, @"^damaged\.pdf: error NK001: the PDF cannot be read: "),
        ["--lock-wait -1"] = new(_ => { }, ["build", "--lock-wait", "-1"], 2, @"--lock-wait must be a number of seconds from 0 to 3600, not -1", Keep: true),
        ["--out inside the templates folder"] = new(_ => { }, ["build", "--out", "templates/patient-leaflet"], 2,
            @"--out 'templates/patient-leaflet' is inside the templates folder 'templates': outputs there would be mixed with the sources", Keep: true),
        ["--out the content folder"] = new(_ => { }, ["build", "--out", "content"], 2, @"--out 'content' is the content folder 'content'", Keep: true),
        ["approved in the future"] = new(p => Replace(p, Patient, @"status: .*", "status: approved\napprovedBy: Dr A. Clinician\napproved: 2099-01-01"),
            ["build"], 1, @"content/nk-cell-therapy-myths\.patient\.md:16:11: error NK109: the approval is dated 2099-01-01, after today \(\d{4}-\d\d-\d\d\): a text cannot be approved in the future; its patient outputs are not written", Keep: true),
        ["--jobs 1e3"] = new(_ => { }, ["build", "--jobs", "1e3"], 2, @"Cannot parse argument '1e3' for option '--jobs' as a whole number\."),
        ["--an option with an escape"] = new(_ => { }, ["build", "--bogus\u001b[2J"], 2, @"Unrecognized command or argument '--bogus\\x1B\[2J'"),
        ["list with a broken article"] = new(p => Replace(p, Patient, @"status: .*", "status: published"),
            ["list"], 1, @"content/nk-cell-therapy-myths\.patient\.md:14:9: error NK109: status must be one of draft, review, approved, not 'published'"),
        ["a templates folder with no templates"] = new(_ => { }, ["validate", "--templates", "content"], 1,
            @"content/nk-cell-therapy-myths\.md:\d+:\d+: error NK207: unknown template 'clinician-briefing'\n  hint: no templates were found \(each is a folder holding a template\.yaml\): pass --templates DIR"),
        ["output folder that is a file"] = new(p => File.WriteAllText(P(p, "outfile"), "notes\n"), ["build", "--out", "outfile"], 2,
            @"^outfile: error NK906: cannot write into 'outfile': it is a file, not a folder \(it was left as it is\)", Keep: true),
        // Round 9: what hostile8 left.
        ["SOURCE_DATE_EPOCH in 9999 with --only"] = new(_ => { }, ["build", "--only", "*.pdf"], 1,
            @"content/nk-cell-therapy-myths\.patient\.md:13:11: error NK121: review date 2026-12-19 has passed \(\d+ day\(s\) ago; today is 9999-12-31\); its patient outputs are not written",
            Keep: true, Env: new() { ["SOURCE_DATE_EPOCH"] = "253402300799", [Rendering.SourceDate.TodayVariable] = "" }, Absent: "matches none"), // today from the epoch, not the tests' fixed day
        ["import: a part with a DTD"] = new(p => Docx(p, "word/document.xml", x => new Regex("<w:document").Replace(x, "<!DOCTYPE w:document [<!ENTITY x \"y\">]>\n<w:document", 1)),
            ["import", Briefing], 1, @"out/nk-cell-therapy-myths\.clinician-briefing\.docx: error NK705: not a Word document \(\.docx\) that can be read: part 'word/document\.xml' has a DTD \(<!DOCTYPE …> at its line 1, column \d+\); DTDs are not allowed in Word documents, and it was not processed\n  hint: save it from Word or LibreOffice",
            Absent: "For security reasons|DtdProcessing"),
        ["check --language overrides the front matter"] = new(_ => { }, ["check", Clinician, "--language", "es", "--format", "json"], 0, @"^  ""languageTag"": ""es"",", Stdout: true),
        ["check --language says what it overrides"] = new(_ => { }, ["check", Clinician, "--language", "zz-ZZ"], 0,
            @"^nkhandouts: note: content/nk-cell-therapy-myths\.md is judged as 'zz-ZZ' \(--language\), not as its front matter's 'en-US'"),
        ["check --language with --items"] = new(_ => { }, ["check", Clinician, "--items", "--language", "es"], 2, @"--language applies to the reading level of articles and \.txt files, not to --items; leave it out"),
        ["check --language that is not a tag"] = new(_ => { }, ["check", Clinician, "--language", "english!"], 2, @"--language must be a BCP 47 language tag such as en, en-US or es, not 'english!'"),
        // A stricter policy, not a contrived text: any page but the last ends with some room left (hostile8 found it
        // with 12 nested quotes, whose layout may change).
        ["page check failure in a build"] = new(p => File.AppendAllText(P(p, Leaflet), "\npageCheck:\n  patients: { maxEmptyShare: 2%, enforce: true }\n"),
            ["build", "--only", "*.patient.patient-leaflet.a4.pdf"], 1,
            @"^content/nk-cell-therapy-myths\.patient\.md:\d+:\d+: error NK511: 'nk-cell-therapy-myths\.patient\.patient-leaflet\.a4\.pdf' page 1: [\d.]+% of the text area is empty; at most 2% \(only the last page may be emptier\); it ends there because “[^”]+” [^;]+; the patients page-check policy of 'patient-leaflet' is enforced, so it was not written \(the previous file is kept\)\n  hint: ",
            Keep: true),
        ["reading level failure in a build"] = new(p => File.AppendAllText(P(p, Patient), "\n\n" + string.Concat(Enumerable.Repeat(HardSentence, 12)) + "\n"),
            ["build"], 1,
            @"^content/nk-cell-therapy-myths\.patient\.md: error NK301: reading level: consensus grade [\d.]+ is above the maximum 8; the patients policy of 'patient-leaflet' is enforced, so its outputs of this article are not written \(the previous files are kept\)\n  hint: shorten sentences",
            Keep: true),
        // Round 10: findings that were silent or only words in a progress line.
        ["reading level warning in a build"] = new(p => File.AppendAllText(P(p, Patient), "\n\n" + LongSentence + "\n"),
            ["build"], 0,
            @"^content/nk-cell-therapy-myths\.patient\.md:\d+:1: warning NK303: reading level: sentence of 28 words \(limit 20\): ""We will look at your blood[^""]*"" \(a warning of the patients policy of 'booklet-a5', 'large-print', 'patient-leaflet' and 'patient-web'; it does not stop the outputs\)\n  hint: split long sentences",
            Absent: "We will look at your blood.*\n(.*\n)*.*We will look at your blood"), // once, not once per template
        // The same strict limit under a report-only policy: a note at the block (a notice in CI), and the file written;
        // --fail-on warning still passes, as before, since the policy stops nothing.
        ["report-only page check in a build"] = new(p => File.AppendAllText(P(p, Leaflet), "\npageCheck:\n  patients: { maxEmptyShare: 2%, enforce: false }\n"),
            ["build", "--only", "*.patient.patient-leaflet.a4.pdf", "--fail-on", "warning"], 0,
            @"^content/nk-cell-therapy-myths\.patient\.md:\d+:\d+: note NK511: 'nk-cell-therapy-myths\.patient\.patient-leaflet\.a4\.pdf' page 1: [\d.]+% of the text area is empty; at most 2% \(only the last page may be emptier\); it ends there because “[^”]+” [^;]+; the patients page-check policy of 'patient-leaflet' is report only, so it was written\n  hint: ",
            Absent: "error NK511|warning NK511"),
        ["narrow text column (validate)"] = new(NarrowPanels, ["validate"], 1, NarrowColumn),
        ["narrow text column (list)"] = new(NarrowPanels, ["list"], 1, NarrowColumn),
        ["narrow text column (build)"] = new(NarrowPanels, ["build"], 1, NarrowColumn, Keep: true),
        // The tri-fold pads each panel by the left margin on both sides: a right margin of its own was silently unused.
        ["tri-fold right margin unused"] = new(p => Replace(p, Trifold, @"margins: .*", "margins: { top: 10mm, right: 12mm, bottom: 9mm, left: 4mm }"),
            ["validate"], 1, @"^templates/trifold-leaflet/template\.yaml:11:25: error NK105: a tri-fold does not use margins\.right \(12 mm\): every panel is padded by margins\.left \(4 mm\) on both sides of a fold\n  hint: remove 'right', or give it the left margin's value"),
        ["font file that is not a font (validate)"] = new(p => File.WriteAllText(P(p, "templates/patient-leaflet/fonts/DejaVuSans.ttf"), "This is a text file, not a font."),
            ["validate"], 1, @"templates/patient-leaflet/template\.yaml:20:52: error NK208: font file 'fonts/DejaVuSans\.ttf' cannot be used: not a TrueType/OpenType font"),
        ["truncated font file (validate)"] = new(p => Truncate(P(p, "templates/patient-leaflet/fonts/DejaVuSans-Bold.ttf"), 4096),
            ["validate"], 1, @"templates/patient-leaflet/template\.yaml:\d+:\d+: error NK208: font file 'fonts/DejaVuSans-Bold\.ttf' cannot be used: "),
        ["-- template reference with a path"] = new(_ => { }, ["template", "reference", "../content"], 2, @"'\.\./content' is not a template name; give the name of a folder in 'templates'"),
    };

    private const string Briefing = "out/nk-cell-therapy-myths.clinician-briefing.docx";

    /// <summary>Tri-fold margins of 40 mm: 80 mm of the 297 mm sheet passes the margins' own bound, but each panel pads
    /// both its sides by the left margin, so the 97 mm flap keeps a 17 mm column (about 8 letters at 12 pt; the least is 20).</summary>
    private static void NarrowPanels(ProjectCopy project) =>
        Replace(project, Trifold, @"margins: .*", "margins: { top: 10mm, right: 40mm, bottom: 9mm, left: 40mm }");

    private const string Trifold = "templates/trifold-leaflet/template.yaml";

    private const string NarrowColumn = @"^templates/trifold-leaflet/template\.yaml:11:57: error NK205: margins leave a text column 17 mm \(48\.2 pt\) wide in panel 1 of the A4 sheet \(97 mm less 80 mm of margins\); a text column must be at least 10 ems of the body type, 42\.3 mm \(120 pt\) at 12 pt\n  hint: reduce the margins";

    /// <summary>One plain sentence of 28 words: over the patient templates' limit of 20, so their policies warn.</summary>
    private const string LongSentence = "We will look at your blood and your skin and your eyes and your ears and your feet and your hands and your back and your arms today.";

    private const string HardSentence = "Autologous immunotherapeutic administration necessitates comprehensive haematological characterisation, pharmacological "
        + "individualisation and multidisciplinary institutional authorisation notwithstanding considerable methodological uncertainty. ";

    /// <summary>Nine lists of nine aliases, eight deep: 43 million values from 9 lines (9 s and 2.1 GB before).</summary>
    private static string AliasBomb => "keywords: [cells]\na: &a [x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 8).Select(i =>
        $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i - 1), 9))}]\n"));

    /// <summary>Three lines of a quote <paramref name="depth"/> levels deep: 12 left a leaflet page 42.6 % empty (the page
    /// check failed, NK511), 16 or more left no width at all (NK403 with no line).</summary>
    private static string DeepQuote(int depth) =>
        "\n\n" + string.Concat(Enumerable.Range(0, 3).Select(i => new string('>', depth) + $" Deep quote line {i} with some words to read.\n"));

    /// <summary>The clinician article also built as a patient leaflet (the template allows it), so its layout is tried.</summary>
    private static void AsLeaflet(ProjectCopy project)
    {
        Replace(project, Clinician, @"templates: \[clinician-briefing\]", "templates: [clinician-briefing, patient-leaflet]");
        Replace(project, Leaflet, @"audiences: \[patients\]", "audiences: [patients]\nallowAudiences: [clinicians]");
    }

    private static readonly string WideTable = "\n| " + string.Join(" | ", Enumerable.Range(1, 25).Select(i => "Dose " + i)) + " |\n|" + string.Concat(Enumerable.Repeat("---|", 25)) + "\n| "
        + string.Join(" | ", Enumerable.Range(1, 25).Select(i => i + " mg")) + " |\n";

    /// <summary>Two sentences hard-wrapped at 60 columns in capitals: every line looks like a heading to a naive reader.</summary>
    private const string Licence = "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY\nKIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE\n"
        + "WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR\nPURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS\n"
        + "OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR\nOTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR\n"
        + "OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE\nSOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n";

    public static TheoryData<string> Cases => [.. Table.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_input_gets_an_exact_answer(string name)
    {
        var row = Table[name];
        using var project = new ProjectCopy();
        var before = BuildOnce(project);

        row.Setup(project);
        var (exit, output, error) = CliProcess.Run(project.Root, row.Env, row.Args);

        Check(name, row, project, before, exit, output, error);
    }

    /// <summary>The first folder on the way to <paramref name="path"/> that other users cannot enter, if any.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string? FolderNobodyCannotEnter(string path)
    {
        for (var dir = new DirectoryInfo(path); dir is not null; dir = dir.Parent)
        {
            if ((File.GetUnixFileMode(dir.FullName) & UnixFileMode.OtherExecute) == 0)
            {
                return dir.FullName;
            }
        }

        return null;
    }

    // Write failures need a file system that refuses: root ignores file modes, so as root the child runs as 'nobody'
    // (permission), or in a private mount namespace over a read-only bind mount or a tiny tmpfs (read-only, disk full).

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_folder_without_write_permission_is_NK902_and_keeps_outputs()
    {
        if (Environment.UserName == "root" && FolderNobodyCannotEnter(AppContext.BaseDirectory) is { } closed)
        {
            Assert.Skip($"'nobody' cannot reach the test binaries: {closed} is closed to other users (a 'mktemp -d' folder is 0700); clone into a folder others can enter, as .ci/run does");
        }

        using var project = new ProjectCopy();
        var before = BuildOnce(project);
        AppendBoth(project, "\nA change, so the outputs must be written again.\n");
        File.SetUnixFileMode(project.Out, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        try
        {
            var (exit, output, error) = Environment.UserName == "root"
                ? Wrapped(project, ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"], "build")
                : CliProcess.Run(project.Root, null, "build");
            Check("permission denied", new Row(_ => { }, ["build"], 2, @"out/[^:]+: error NK902: cannot write 'out/[^']+': permission denied \(the previous file, if any, was kept; OS: ", Keep: true),
                project, before, exit, output, error);
        }
        finally
        {
            File.SetUnixFileMode(project.Out, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void A_read_only_file_system_is_NK903_not_another_build()
    {
        using var project = new ProjectCopy();
        var before = BuildOnce(project);
        AppendBoth(project, "\nA change, so the outputs must be written again.\n");
        var (exit, output, error) = InMountNamespace(project, "mount --bind out out && mount -o remount,bind,ro out");
        Check("read-only file system", new Row(_ => { }, ["build"], 2, @"out/\.nkhandouts\.lock: error NK903: cannot write 'out/\.nkhandouts\.lock': the file system is read-only", Keep: true),
            project, before, exit, output, error);
        Assert.DoesNotContain("NK901", error);
    }

    [Fact]
    public void A_full_disk_is_NK904_naming_the_output()
    {
        using var project = new ProjectCopy();
        // A 1 MB file system holds the manifest and the small outputs, not all of them: those that do not fit fail.
        var (exit, output, error) = InMountNamespace(project, "mkdir -p out && mount -t tmpfs -o size=1200k tmpfs out");
        Check("disk full", new Row(_ => { }, ["build"], 2, @"out/nk-cell-therapy-myths\.[\w.-]+\.pdf: error NK904: cannot write 'out/nk-cell-therapy-myths\.[\w.-]+\.pdf': the disk is full"),
            project, new Dictionary<string, string>(), exit, output, error);
    }

    private static (int Exit, string Out, string Err) InMountNamespace(ProjectCopy project, string mount)
    {
        if (Environment.UserName != "root")
        {
            Assert.Skip("needs root for a private mount namespace (unshare -m); run as root, as .ci/run does in its container");
        }

        return Wrapped(project, ["unshare", "-m", "sh", "-c", mount + " && exec \"$@\"", "sh"], "build");
    }

    /// <summary>Runs the CLI behind a wrapper command (setpriv, unshare), with the same environment as CliProcess.</summary>
    internal static (int Exit, string Out, string Err) Wrapped(ProjectCopy project, string[] wrapper, params string[] args)
    {
        var psi = CliProcess.StartInfo(project.Root, new Dictionary<string, string> { ["DOTNET_CLI_HOME"] = Path.GetTempPath(), ["HOME"] = Path.GetTempPath() }, args);
        var inner = new List<string> { psi.FileName };
        inner.AddRange(psi.ArgumentList);
        psi.FileName = wrapper[0];
        psi.ArgumentList.Clear();
        foreach (var a in wrapper.Skip(1).Concat(inner))
        {
            psi.ArgumentList.Add(a);
        }

        using var p = System.Diagnostics.Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(5)), "timed out");
        if (p.ExitCode != 0 && stderr.Result.Contains("Operation not permitted", StringComparison.Ordinal) && !stderr.Result.Contains("NK9", StringComparison.Ordinal))
        {
            Assert.Skip("this machine does not allow " + wrapper[0] + ": " + stderr.Result);
        }

        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    private static void Check(string name, Row row, ProjectCopy project, Dictionary<string, string> before, int exit, string output, string error)
    {
        var all = output + error;
        Assert.True(exit == row.Exit, $"{name}: exit {exit}, expected {row.Exit}\n{output}\n{error}");
        Assert.Matches(new Regex(row.Expected, RegexOptions.Multiline), row.Stdout ? output : error);
        if (row.Absent is not null)
        {
            Assert.DoesNotMatch(new Regex(row.Absent, RegexOptions.Multiline), all); // a misleading cascade
        }

        Assert.DoesNotContain("NK400", all);
        Assert.DoesNotContain("internal error", all);
        Assert.DoesNotContain('\u001b', all);
        Assert.DoesNotContain("│", output); // not a terminal: plain lines, never a box table
        if (row.Exit != 0 && !name.StartsWith("--", StringComparison.Ordinal) && !name.StartsWith("check", StringComparison.Ordinal) && !name.StartsWith("SOURCE", StringComparison.Ordinal))
        {
            Assert.Contains("hint:", error);
        }

        if (row.Keep)
        {
            foreach (var (file, hash) in before)
            {
                Assert.True(hash == InputHasher.File(Path.Combine(project.Out, file)), $"{name}: {file} changed");
            }

            Assert.Empty(Directory.GetFiles(project.Out, "*" + AtomicFile.TempSuffix));
        }

        if (name.StartsWith("import: a document naming", StringComparison.Ordinal))
        {
            Assert.False(File.Exists(P(project, "outside.md")), "import wrote the file the document named");
        }

        if (name == "duplicate slugs")
        {
            Assert.DoesNotContain(project.Outputs(), f => f.StartsWith("dup.", StringComparison.Ordinal));
        }
    }

    private static Dictionary<string, string> BuildOnce(ProjectCopy project)
    {
        var first = CliRunner.Run(project.Args("build"));
        Assert.True(first.Exit == 0, "first build failed\n" + first.Out + first.Err);
        return project.Outputs().Where(f => f != Manifest.FileName).ToDictionary(f => f, f => InputHasher.File(Path.Combine(project.Out, f)));
    }

    private static string P(ProjectCopy project, string relative) => Path.GetFullPath(Path.Combine(project.Root, relative));

    private static void Copy(ProjectCopy project, string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(P(project, to))!);
        File.Copy(P(project, from), P(project, to));
    }

    private static void Replace(ProjectCopy project, string file, string pattern, string with)
    {
        var text = File.ReadAllText(P(project, file));
        Assert.Matches(pattern, text);
        File.WriteAllText(P(project, file), new Regex(pattern).Replace(text, with, 1));
    }

    private static void Truncate(string path, int bytes) => File.WriteAllBytes(path, File.ReadAllBytes(path)[..bytes]);

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Rewrites one part of the built briefing, as a hand with a zip tool (or an attacker) would.</summary>
    private static void Docx(ProjectCopy project, string part, Func<string, string> edit)
    {
        using var zip = System.IO.Compression.ZipFile.Open(P(project, Briefing), System.IO.Compression.ZipArchiveMode.Update);
        var entry = zip.GetEntry(part)!;
        string text;
        using (var reader = new StreamReader(entry.Open()))
        {
            text = reader.ReadToEnd();
        }

        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(part).Open());
        writer.Write(edit(text));
    }

    private static void AppendBoth(ProjectCopy project, string text)
    {
        File.AppendAllText(P(project, Clinician), text);
        File.AppendAllText(P(project, Patient), text);
    }

    private sealed record Row(Action<ProjectCopy> Setup, string[] Args, int Exit, string Expected, bool Keep = false, Dictionary<string, string>? Env = null, bool Stdout = false, string? Absent = null);
}
