/* fv-sheet-sources.c — the fact sheet's references and its list of sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A source gets its number the first time a fact cites it; each fact is
 * followed by its references, one line a source ("[2] Article …,
 * paragraphs 5 and 6", a long title cut), and the sheet ends with the
 * numbered list of all the sources, each title whole, those no fact
 * cites after the others. In a PDF each reference leads to its source
 * in the list, and an address is a link (fv-sheet-page.c).
 */
#include "config.h"

#include <string.h>

#include "fv-sheet-private.h"

/* Characters of a source's title in a reference under a fact: the list
 * of sources has it whole, once. A title of a thousand characters cited
 * by a thousand facts made a thousand pages; a title as people write
 * them stays whole, a record's official title with its translation beside
 * it too (the built-in model's longest: 203 characters, in Spanish). A
 * longer one is cut to CITED_TITLE. */
#define CITED_TITLE_WHOLE 240
#define CITED_TITLE 120

guint
fv_sheet_number_source (FvFactSheet    *sheet,
                        const FvSource *source)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (sheet->numbers, source));

  if (n == 0)
    {
      g_ptr_array_add (sheet->sources, (gpointer) source);
      n = sheet->sources->len;
      g_hash_table_insert (sheet->numbers, (gpointer) source, GUINT_TO_POINTER (n));
    }
  return n;
}

/* "[N] " and WHERE, the title of source N in it cut to CITED_TITLE
 * characters when it is longer than CITED_TITLE_WHOLE: its number leads
 * to the whole of it. WHERE is looked into
 * rather than made again, as its words and their order are the
 * translation's. */
static char *
citation_line (FvFactSheet *sheet,
               guint        n,
               const char  *where)
{
  const FvSource *source = g_ptr_array_index (sheet->sources, n - 1);
  const char *title = fv_sheet_text (sheet, &source->title);
  g_autofree char *cut = NULL;
  const char *at;

  if (g_utf8_strlen (title, -1) <= CITED_TITLE_WHOLE || (at = strstr (where, title)) == NULL)
    return g_strdup_printf ("[%u] %s", n, where);

  /* After the last whole word that fits, where there is one. */
  cut = fv_text_clip (title, CITED_TITLE);
  {
    char *space = strrchr (cut, ' ');

    if (space != NULL && space > cut)
      {
        *space = '\0';
        g_strchomp (cut);
        cut = g_realloc (cut, strlen (cut) + sizeof "…");
        strcat (cut, "…");
      }
  }
  return g_strdup_printf ("[%u] %.*s%s%s", n, (int) (at - where), where, cut,
                          at + strlen (title));
}

/* "[2] Article on …, paragraphs 5 and 6 (article)", a line a source, and
 * under it the quoted words, unless they were just SHOWN (a quotation's
 * own). */
void
fv_sheet_add_references (FvFactSheet        *sheet,
                         const FvReferences *references,
                         const char         *shown)
{
  g_autoptr(GPtrArray) citations = fv_citations_new (references);
  /* What a fact's references say, each once: a model may cite the same
   * place, or quote the same words, twice for one fact. */
  g_autoptr(GHashTable) said = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < citations->len; i++)
    {
      const FvCitation *citation = g_ptr_array_index (citations, i);
      guint n = fv_sheet_number_source (sheet, citation->source);
      g_autofree char *where = fv_format_citation (sheet->model, citation,
                                                   (const char * const *) sheet->languages);
      /* Its number in the list of sources at the end, then where in it. */
      char *line = citation_line (sheet, n, where);

      if (g_hash_table_add (said, line))
        {
          fv_sheet_add (sheet, STYLE_REFERENCE, line);
          /* In a PDF, the line leads to its source in the list. */
          g_array_index (sheet->blocks, Block, sheet->blocks->len - 1).cites = n;
        }

      for (guint r = 0; r < citation->references->len; r++)
        {
          const FvReference *ref = g_ptr_array_index (citation->references, r);
          char *quote;

          if (ref->quote != NULL && g_strcmp0 (ref->quote, shown) != 0)
            {
              quote = fv_format_citation_quote (citation, ref);
              if (g_hash_table_add (said, quote))
                fv_sheet_add (sheet, STYLE_REFERENCE_QUOTE, quote);
            }
          /* The model's own reckoning, told apart from the source's words. */
          if (ref->reckoning != NULL)
            fv_sheet_add_take (sheet, STYLE_REFERENCE, fv_format_reckoning (ref));
        }
    }
}

/* "[1] Title. Author. Publisher, date (article)", its address, when it was
 * read, its note, and how its quotations fared against its text. */
void
fv_sheet_add_source_list (FvFactSheet *sheet)
{
  /* Sources no fact cites are listed too, after the others. */
  for (guint i = 0; i < fv_model_get_n_sources (sheet->model); i++)
    fv_sheet_number_source (sheet, fv_model_get_source (sheet->model, i));

  fv_sheet_add (sheet, STYLE_HEADING, FV_TR_("Sources"));
  for (guint i = 0; i < sheet->sources->len; i++)
    {
      const FvSource *source = g_ptr_array_index (sheet->sources, i);
      GString *line = g_string_new (NULL);
      const char *note = fv_sheet_text (sheet, &source->note);
      Block *block;

      if (source->title_is_description)
        /* translators: in a list of sources, a source without a title of its
         * own, by the model's description of it: "[1] Described as: Article on …" */
        g_string_append_printf (line, FV_TR_("[%u] Described as: %s"), i + 1,
                                fv_sheet_text (sheet, &source->title));
      else
        g_string_append_printf (line, "[%u] %s", i + 1, fv_sheet_text (sheet, &source->title));
      if (source->author != NULL)
        /* translators: the parts of a source in a list of sources: ". Author" */
        g_string_append_printf (line, FV_TR_(". %s"), source->author);
      if (fv_sheet_text (sheet, &source->publisher) != NULL)
        g_string_append_printf (line, FV_TR_(". %s"), fv_sheet_text (sheet, &source->publisher));
      if (source->date.precision != FV_DATE_PRECISION_NONE)
        {
          g_autofree char *date = fv_format_date (&source->date);

          /* translators: a source's date in a list of sources: ", January 26, 2017" */
          g_string_append_printf (line, FV_TR_(", %s"), date);
        }
      /* translators: a source's kind, at the end of its entry: " (public record)" */
      g_string_append_printf (line, FV_TR_(" (%s)"), fv_source_kind_name (source->kind));
      fv_sheet_add_take (sheet, STYLE_SOURCE, g_string_free (line, FALSE));
      block = &g_array_index (sheet->blocks, Block, sheet->blocks->len - 1);
      block->hanging = 18;
      /* Where the references to it lead, in a PDF. */
      block->lists = i + 1;

      if (source->url != NULL && fv_web_address_is_valid (source->url))
        {
          fv_sheet_add (sheet, STYLE_REFERENCE, source->url);
          block = &g_array_index (sheet->blocks, Block, sheet->blocks->len - 1);
          block->unbroken = TRUE;
          block->uri = source->url;
          if (source->accessed.precision != FV_DATE_PRECISION_NONE)
            {
              g_autofree char *when = fv_format_date (&source->accessed);

              fv_sheet_add_take (sheet, STYLE_REFERENCE,
                                 g_strdup_printf (FV_TR_("The page as read on %s"), when));
            }
          if (source->stored_copy != NULL)
            {
              /* translators: a fact sheet's source: the address of a copy of
               * the page kept by a web archive, as it was read */
              fv_sheet_add_take (sheet, STYLE_REFERENCE,
                                 g_strdup_printf (FV_TR_("A stored copy: %s"),
                                                  source->stored_copy));
              g_array_index (sheet->blocks, Block, sheet->blocks->len - 1).unbroken = TRUE;
            }
        }
      fv_sheet_add (sheet, STYLE_REFERENCE, note);
      /* Its quotations against its text, when the text was given. */
      fv_sheet_add_quote_checks (sheet, source);
    }
}
