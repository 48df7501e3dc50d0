using System.CommandLine;
using NkHandouts.Diagnostics;
using NkHandouts.Templates;
using NkHandouts.Word;
using NkHandouts.Word.Styles;

namespace NkHandouts.Cli.Commands;

/// <summary><c>nkhandouts template reference &lt;template&gt;</c>: regenerates the template's Word reference document
/// (templates/&lt;name&gt;/reference.docx) from the built-in styles and the template's fonts, colours and page.</summary>
public static class TemplateCommand
{
    public const string ReferenceFileName = "reference.docx";

    public static Command Create(CliContext context)
    {
        var templates = CommonOptions.Templates();
        var name = new Argument<string>("template") { Description = "Name of a docx-briefing template (a folder under --templates)" };
        var reference = new Command("reference", $"Write templates/<template>/{ReferenceFileName}: the styles briefings use; restyle it in Word") { name, templates };
        reference.SetAction(parse => WriteReference(context, parse.GetValue(templates)!, parse.GetValue(name)!));
        return new Command("template", "Template maintenance") { reference };
    }

    private static int WriteReference(CliContext context, string root, string name)
    {
        // A template is named by its folder: a path would write reference.docx wherever it points.
        if (name.Length == 0 || name is "." or ".." || name.IndexOfAny(['/', '\\']) >= 0 || Path.IsPathRooted(name))
        {
            context.Error.WriteLine($"nkhandouts: '{Printable.Escape(name)}' is not a template name; give the name of a folder in '{Printable.Escape(root)}', e.g. clinician-briefing (see 'nkhandouts list')");
            return ExitCodes.UsageOrIo;
        }

        var folder = Path.Combine(root, name);
        var target = Path.Combine(folder, ReferenceFileName);
        if (!File.Exists(Path.Combine(folder, "template.yaml")))
        {
            context.Error.WriteLine($"{folder}: error {DiagnosticCodes.TemplateMissing}: no template.yaml; run 'nkhandouts list' to see the templates");
            return ExitCodes.ContentError;
        }

        // template.yaml may name reference.docx before it exists (first run, or after deleting it to start over);
        // a placeholder lets the template load, and is replaced below.
        var placeholder = !File.Exists(target);
        if (placeholder)
        {
            File.WriteAllBytes(target, []);
        }

        // The reference document being replaced is not checked (a restyled one whose styles fail NK206 must not stop its
        // own regeneration); the styles written instead are, below.
        var result = TemplateLoader.Load(folder, Renderers.Outputs, TemplateUseChecks.WhenUsed);
        if (result.Value is not { } template)
        {
            if (placeholder)
            {
                File.Delete(target);
            }

            DiagnosticPrinter.Print(context, result.Diagnostics);
            return ExitCodes.ContentError;
        }

        if (template.Output != BriefingOutput.OutputKey)
        {
            if (placeholder)
            {
                File.Delete(target);
            }

            context.Error.WriteLine($"{template.FilePath}: error {DiagnosticCodes.InvalidValue}: template '{name}' makes a {Renderers.Outputs.LabelOf(template.Output)}; reference documents are for 'output: {BriefingOutput.OutputKey}' templates");
            return ExitCodes.ContentError;
        }

        // What is written are the built-in styles made from the template's colours: a colour that fails on its fill is
        // refused at its key in template.yaml, before the file is replaced.
        var contrast = template.Deferred?.With(BriefingOptions.Of(template) with { Reference = null }) ?? [];
        if (contrast.Any(d => d.IsError))
        {
            if (placeholder)
            {
                File.Delete(target);
            }

            DiagnosticPrinter.Print(context, contrast);
            context.Error.WriteLine($"nkhandouts: {target} was not written; fix the colours above and run it again");
            return ExitCodes.ContentError;
        }

        var temporary = target + ".tmp";
        using (var stream = File.Create(temporary))
        {
            var diagnostics = ReferenceDocumentWriter.Write(template, stream);
            DiagnosticPrinter.Print(context, diagnostics);
        }

        File.Move(temporary, target, overwrite: true);
        context.Output.WriteLine($"wrote {target} ({new FileInfo(target).Length:N0} bytes); open it in Word, restyle, save as .docx");
        return ExitCodes.Ok;
    }
}
