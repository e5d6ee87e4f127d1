using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Findings
{
    /// <summary>One replacement in a file: the text in <see cref="Span"/> becomes <see cref="NewText"/>.</summary>
    public sealed class TextEdit
    {
        /// <summary>Creates an edit. An empty span inserts; an empty <paramref name="newText"/> deletes.</summary>
        public TextEdit(TextSpan span, string newText)
        {
            Span = span;
            NewText = newText ?? throw new ArgumentNullException(nameof(newText));
        }

        /// <summary>What is replaced.</summary>
        public TextSpan Span { get; }

        /// <summary>The replacement.</summary>
        public string NewText { get; }

        /// <summary>
        /// Applies edits to a text. The edits must lie inside the text and must not overlap (two insertions at
        /// the same offset are applied in the order given).
        /// </summary>
        /// <exception cref="ArgumentException">An edit lies outside the text or overlaps another.</exception>
        public static string Apply(string text, IEnumerable<TextEdit> edits)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            var ordered = edits.Select((e, i) => (edit: e, order: i))
                .OrderBy(x => x.edit.Span.Start).ThenBy(x => x.edit.Span.End).ThenBy(x => x.order)
                .Select(x => x.edit)
                .ToList();
            var sb = new StringBuilder(text.Length);
            int position = 0;
            foreach (var edit in ordered)
            {
                if (edit.Span.End > text.Length) throw new ArgumentException("An edit lies outside the text: " + edit.Span + ".", nameof(edits));
                if (edit.Span.Start < position) throw new ArgumentException("Edits overlap at " + edit.Span + ".", nameof(edits));
                sb.Append(text, position, edit.Span.Start - position);
                sb.Append(edit.NewText);
                position = edit.Span.End;
            }

            sb.Append(text, position, text.Length - position);
            return sb.ToString();
        }

        /// <inheritdoc />
        public override string ToString() => Span + " -> \"" + NewText + "\"";
    }
}
