/* fv-fact-sheet.c — the whole story as pages, every fact with its source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A fact sheet is what leaves Fact Viewer when a chart is not enough: the
 * model's title and summary; for each tab, its charts and its facts in
 * reading order (every event with its date, every statement with who said
 * it, where, and the exact words, every figure with what it counts and
 * how), each followed by its sources; then a numbered list of all the
 * sources. It is laid out with Pango on pages of a given size, so that the
 * same code writes a PDF without a display and draws the pages of a print
 * job: the document is made of blocks (a paragraph, a chart), which
 * paginate() places on pages, a paragraph split between its lines where
 * it must, keeping at least two of them together, and a heading never
 * left alone at the bottom of a page.
 */
#include "config.h"

#include <errno.h>
#include <langinfo.h>
#include <string.h>

#include <cairo-pdf.h>

#include "fv-fact-sheet.h"
#include "fv-format.h"
#include "fv-i18n.h"
#include "fv-output.h"

#define MARGIN        56.0   /* points: 2 cm */
#define FOOTER_HEIGHT 22.0
#define CHART_WIDTH   760.0  /* a chart is drawn this wide, then scaled to the text's width */
#define CHART_PADDING 16.0   /* the margin fv-chart.c draws around a chart */
#define MIN_LINES     2      /* lines of a paragraph kept together at a page break */

typedef enum
{
  STYLE_TITLE,
  STYLE_LEAD,
  STYLE_META,
  STYLE_HEADING,
  STYLE_SUBHEADING,
  STYLE_DATE,
  STYLE_FACT,
  STYLE_BODY,
  STYLE_QUOTE,
  STYLE_REFERENCE,
  STYLE_REFERENCE_QUOTE,
  STYLE_SOURCE,
  STYLE_CHART,
  N_STYLES
} Style;

static const struct
{
  double   size;      /* points */
  gboolean bold, italic, muted;
  double   indent;    /* points from the left margin */
  double   before;    /* space above, but at the top of a page */
  gboolean keep;      /* with the block after it: a heading */
} styles[N_STYLES] = {
  [STYLE_TITLE]           = { 20, TRUE,  FALSE, FALSE,  0,  0, TRUE },
  [STYLE_LEAD]            = { 11, FALSE, FALSE, FALSE,  0,  8, FALSE },
  [STYLE_META]            = {  9, FALSE, FALSE, TRUE,   0,  4, FALSE },
  [STYLE_HEADING]         = { 15, TRUE,  FALSE, FALSE,  0, 22, TRUE },
  [STYLE_SUBHEADING]      = { 11.5, TRUE, FALSE, FALSE, 0, 12, TRUE },
  [STYLE_DATE]            = {  9, FALSE, FALSE, TRUE,   0, 12, TRUE },
  [STYLE_FACT]            = { 10.5, TRUE, FALSE, FALSE, 0,  2, TRUE },
  [STYLE_BODY]            = { 10, FALSE, FALSE, FALSE,  0,  3, FALSE },
  [STYLE_QUOTE]           = { 10.5, FALSE, TRUE, FALSE, 0, 12, FALSE },
  [STYLE_REFERENCE]       = { 8.5, FALSE, FALSE, TRUE, 12,  3, FALSE },
  [STYLE_REFERENCE_QUOTE] = { 8.5, FALSE, TRUE,  TRUE, 24,  1, FALSE },
  [STYLE_SOURCE]          = {  9, FALSE, FALSE, FALSE,  0,  6, FALSE },
  [STYLE_CHART]           = {  0, FALSE, FALSE, FALSE,  0, 12, FALSE },
};

typedef struct
{
  Style          style;
  char          *text;       /* plain text: model text is never markup */
  gboolean       unbroken;   /* an address: no hyphen where it is wrapped */
  double         hanging;    /* a numbered source: its lines after the first indented */
  gboolean       keep;       /* on the page of the block after it, as a heading is */
  const FvChart *chart;
  /* Laid out: */
  PangoLayout   *layout;
  GArray        *line_tops;  /* double: each line's top, then the bottom of the last */
  double         height;
} Block;

/* Lines FIRST to FIRST + N_LINES of a block, at Y on a page. */
typedef struct
{
  guint  block;
  guint  first, n_lines;
  double y;
} Placement;

struct _FvFactSheet
{
  FvModel       *model;
  char         **languages;
  GArray        *blocks;    /* of Block, in reading order */
  GPtrArray     *sources;   /* const FvSource *, numbered from 1 in this order */
  GHashTable    *numbers;   /* source → its number */
  FvChartStyle   style;
  double         page_width, page_height;
  GPtrArray     *pages;     /* GArray of Placement, one a page */
  PangoContext  *pango;
};

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_free (block->text);
  g_clear_object (&block->layout);
  g_clear_pointer (&block->line_tops, g_array_unref);
}

static const char *
text (FvFactSheet  *sheet,
      const FvText *t)
{
  return fv_model_text (sheet->model, t, (const char * const *) sheet->languages);
}

static void
add (FvFactSheet *sheet,
     Style        style,
     const char  *text)
{
  Block block = { style, g_strdup (text) };

  if (text == NULL || *text == '\0')
    {
      g_free (block.text);
      return;
    }
  g_array_append_val (sheet->blocks, block);
}

static void
add_take (FvFactSheet *sheet,
          Style        style,
          char        *text)
{
  add (sheet, style, text);
  g_free (text);
}

static guint
number_source (FvFactSheet    *sheet,
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

/* "[2] Article on …, paragraph 5 (article), for the date", and under it
 * the quoted words, unless they were just SHOWN (a quotation's own). */
static void
add_references (FvFactSheet        *sheet,
                const FvReferences *references,
                const char         *shown)
{
  for (guint i = 0; i < references->n_items; i++)
    {
      const FvReference *ref = &references->items[i];
      guint n = number_source (sheet, ref->source);
      g_autofree char *where = fv_format_reference_line (sheet->model, ref,
                                                         (const char * const *) sheet->languages);
      /* Its number in the list of sources at the end, then where in it. */
      g_autofree char *line = g_strdup_printf ("[%u] %s", n, where);

      add (sheet, STYLE_REFERENCE, line);

      if (ref->quote != NULL && g_strcmp0 (ref->quote, shown) != 0)
        add_take (sheet, STYLE_REFERENCE_QUOTE, g_strdup_printf (FV_TR_("“%s”"), ref->quote));
    }
}

static void
add_actor (FvFactSheet   *sheet,
           Style          style,
           const FvActor *actor)
{
  const char *role = text (sheet, &actor->role);

  if (role != NULL)
    /* translators: an actor and their role: "Richard Wooten, retired police officer …" */
    add_take (sheet, style, g_strdup_printf (FV_TR_("%s — %s"), text (sheet, &actor->name), role));
  else
    add (sheet, style, text (sheet, &actor->name));
}

static void
add_event (FvFactSheet   *sheet,
           const FvEvent *event)
{
  add_take (sheet, STYLE_DATE, fv_format_event_date (event));
  add (sheet, STYLE_FACT, text (sheet, &event->title));
  add (sheet, STYLE_BODY, text (sheet, &event->description));
  if (event->n_actors > 0)
    {
      GString *who = g_string_new (NULL);

      for (guint i = 0; i < event->n_actors; i++)
        {
          if (i > 0)
            g_string_append (who, FV_TR_(", "));
          g_string_append (who, text (sheet, &event->actors[i]->name));
        }
      /* translators: on a fact sheet, who took part in an event */
      add_take (sheet, STYLE_BODY, g_strdup_printf (FV_TR_("Who: %s"), who->str));
      g_string_free (who, TRUE);
    }
  add_references (sheet, &event->references, NULL);
}

/* The words, whether they are the exact ones, their translation (marked)
 * where the reader's language is not theirs, who said them, where, and
 * the sources. */
static void
add_statement (FvFactSheet       *sheet,
               const FvStatement *statement)
{
  const char *translation = text (sheet, &statement->translation);
  const char *setting = text (sheet, &statement->setting);
  const char *about = text (sheet, &statement->about);
  gboolean quotation = statement->kind == FV_STATEMENT_QUOTATION;

  guint start = sheet->blocks->len;

  if (quotation)
    add_take (sheet, STYLE_QUOTE, g_strdup_printf (FV_TR_("“%s”"), statement->words.original));
  else
    {
      add (sheet, STYLE_QUOTE, text (sheet, &statement->words));
      add (sheet, STYLE_META, FV_TR_("Paraphrase, not their exact words"));
    }
  if (translation != NULL)
    add_take (sheet, STYLE_META, g_strdup_printf (FV_TR_("Translation: %s"), translation));
  /* The words stay on the page of who said them. */
  for (guint i = start; i < sheet->blocks->len; i++)
    g_array_index (sheet->blocks, Block, i).keep = TRUE;

  add_actor (sheet, STYLE_FACT, statement->actor);
  if (setting != NULL && statement->date.precision != FV_DATE_PRECISION_NONE)
    {
      g_autofree char *when = fv_format_date (&statement->date);

      /* translators: on a fact sheet, where and when a statement was made:
       * "In a statement to the press, January 26, 2017" */
      add_take (sheet, STYLE_BODY, g_strdup_printf (FV_TR_("%s, %s"), setting, when));
    }
  else if (setting != NULL)
    add (sheet, STYLE_BODY, setting);
  else if (statement->date.precision != FV_DATE_PRECISION_NONE)
    add_take (sheet, STYLE_BODY, fv_format_date (&statement->date));
  if (about != NULL)
    add_take (sheet, STYLE_BODY, g_strdup_printf (FV_TR_("About: %s"), about));
  add_references (sheet, &statement->references, quotation ? statement->words.original : NULL);
}

/* "44%: Latinos less likely to call the police …", what it counts, how it
 * was measured, and its sources. */
static void
add_figure (FvFactSheet    *sheet,
            const FvFigure *figure)
{
  g_autofree char *value = fv_format_figure_value (figure);
  const char *population = text (sheet, &figure->population);
  const char *measure = text (sheet, &figure->measure);

  /* translators: a figure: its value, then its label: "$75 million: paid out …" */
  add_take (sheet, STYLE_FACT, g_strdup_printf (FV_TR_("%s: %s"), value, text (sheet, &figure->label)));
  if (population != NULL)
    /* translators: on a fact sheet, who or what a figure counts */
    add_take (sheet, STYLE_BODY, g_strdup_printf (FV_TR_("Counted among: %s"), population));
  if (measure != NULL)
    /* translators: on a fact sheet, the question asked or the method of a figure */
    add_take (sheet, STYLE_BODY, g_strdup_printf (FV_TR_("Measured: %s"), measure));
  if (figure->actor != NULL)
    /* translators: on a fact sheet, who found or reported a figure */
    add_take (sheet, STYLE_BODY, g_strdup_printf (FV_TR_("Reported by: %s"),
                                                  text (sheet, &figure->actor->name)));
  add_references (sheet, &figure->references, NULL);
}

static void
add_items (FvFactSheet      *sheet,
           const FvText     *heading,
           const char       *fallback,
           const FvCaseItem *items,
           guint             n_items)
{
  const char *title = heading->original != NULL ? text (sheet, heading) : NULL;

  if (n_items == 0)
    return;
  add (sheet, STYLE_SUBHEADING, title != NULL ? title : fallback);
  for (guint i = 0; i < n_items; i++)
    {
      add_take (sheet, STYLE_BODY, g_strdup_printf (FV_TR_("• %s"), text (sheet, &items[i].text)));
      add_references (sheet, &items[i].references, NULL);
    }
}

static void
add_case (FvFactSheet  *sheet,
          const FvCase *c)
{
  add (sheet, STYLE_SUBHEADING, text (sheet, &c->title));
  add (sheet, STYLE_META, text (sheet, &c->place));
  add (sheet, STYLE_BODY, text (sheet, &c->summary));
  if (c->subject != NULL)
    {
      add (sheet, STYLE_SUBHEADING, FV_TR_("Who"));
      add_actor (sheet, STYLE_BODY, c->subject);
    }
  add_items (sheet, &c->tactics_heading, FV_TR_("Tactics"), c->tactics, c->n_tactics);
  add_items (sheet, &c->outcomes_heading, FV_TR_("What came of it"), c->outcomes, c->n_outcomes);
  if (c->n_figures > 0)
    add (sheet, STYLE_SUBHEADING, FV_TR_("The numbers"));
  for (guint i = 0; i < c->n_figures; i++)
    add_figure (sheet, c->figures[i]);
  if (c->lesson.text.original != NULL)
    add_items (sheet, &c->lesson_heading, FV_TR_("Why the story tells it"), &c->lesson, 1);
  if (c->n_events > 0)
    add (sheet, STYLE_SUBHEADING, FV_TR_("When"));
  for (guint i = 0; i < c->n_events; i++)
    add_event (sheet, c->events[i]);
  if (c->n_statements > 0)
    add (sheet, STYLE_SUBHEADING, FV_TR_("What was said"));
  for (guint i = 0; i < c->n_statements; i++)
    add_statement (sheet, c->statements[i]);
  if (c->references.n_items > 0)
    {
      add (sheet, STYLE_SUBHEADING, FV_TR_("Sources"));
      add_references (sheet, &c->references, NULL);
    }
}

/* A tab: its title, its charts (and a bar chart's figures), and its facts
 * in the order the window shows them. */
static void
add_tab (FvFactSheet *sheet,
         FvTab        tab)
{
  FvModel *model = sheet->model;

  add (sheet, STYLE_HEADING, text (sheet, fv_model_get_tab_title (model, tab)));
  add (sheet, STYLE_META, text (sheet, fv_model_get_tab_subtitle (model, tab)));

  for (guint i = 0; i < fv_model_get_n_charts (model); i++)
    {
      const FvChart *chart = fv_model_get_chart (model, i);
      Block block = { STYLE_CHART };

      if (chart->tab != tab)
        continue;
      block.chart = chart;
      g_array_append_val (sheet->blocks, block);
      for (guint f = 0; f < chart->n_figures; f++)
        add_figure (sheet, chart->figures[f]);
    }

  switch (tab)
    {
    case FV_TAB_TIMELINE:
      {
        const FvEvent **events = fv_model_get_events_by_date (model);

        for (guint i = 0; i < fv_model_get_n_events (model); i++)
          add_event (sheet, events[i]);
      }
      break;
    case FV_TAB_CASE:
      if (fv_model_get_tab_case (model) != NULL)
        add_case (sheet, fv_model_get_tab_case (model));
      break;
    case FV_TAB_STATEMENTS:
      /* The story's lead voices first, as the tab shows them. */
      {
        g_autoptr(GPtrArray) statements = fv_model_get_statements_lead_first (model);

        for (guint i = 0; i < statements->len; i++)
          add_statement (sheet, g_ptr_array_index (statements, i));
      }
      break;
    case FV_N_TABS:
    default:
      g_assert_not_reached ();
    }
}

/* "[1] Title. Author. Publisher, date (article)", its address, when it was
 * read, and its note. */
static void
add_source_list (FvFactSheet *sheet)
{
  /* Sources no fact cites are listed too, after the others. */
  for (guint i = 0; i < fv_model_get_n_sources (sheet->model); i++)
    number_source (sheet, fv_model_get_source (sheet->model, i));

  add (sheet, STYLE_HEADING, FV_TR_("Sources"));
  for (guint i = 0; i < sheet->sources->len; i++)
    {
      const FvSource *source = g_ptr_array_index (sheet->sources, i);
      GString *line = g_string_new (NULL);
      const char *note = text (sheet, &source->note);
      Block *block;

      g_string_append_printf (line, "[%u] %s", i + 1, text (sheet, &source->title));
      if (source->author != NULL)
        /* translators: the parts of a source in a list of sources: ". Author" */
        g_string_append_printf (line, FV_TR_(". %s"), source->author);
      if (source->publisher != NULL)
        g_string_append_printf (line, FV_TR_(". %s"), source->publisher);
      if (source->date.precision != FV_DATE_PRECISION_NONE)
        {
          g_autofree char *date = fv_format_date (&source->date);

          /* translators: a source's date in a list of sources: ", January 26, 2017" */
          g_string_append_printf (line, FV_TR_(", %s"), date);
        }
      /* translators: a source's kind, at the end of its entry: " (public record)" */
      g_string_append_printf (line, FV_TR_(" (%s)"), fv_source_kind_name (source->kind));
      add_take (sheet, STYLE_SOURCE, g_string_free (line, FALSE));
      block = &g_array_index (sheet->blocks, Block, sheet->blocks->len - 1);
      block->hanging = 18;

      if (source->url != NULL && fv_web_address_is_valid (source->url))
        {
          add (sheet, STYLE_REFERENCE, source->url);
          g_array_index (sheet->blocks, Block, sheet->blocks->len - 1).unbroken = TRUE;
          if (source->accessed.precision != FV_DATE_PRECISION_NONE)
            {
              g_autofree char *when = fv_format_date (&source->accessed);

              add_take (sheet, STYLE_REFERENCE, g_strdup_printf (FV_TR_("The page as read on %s"),
                                                                 when));
            }
        }
      add (sheet, STYLE_REFERENCE, note);
    }
}

/**
 * fv_fact_sheet_new:
 * @languages: (nullable): the reader's, from fv_languages_new(); %NULL for
 *   the model's own
 *
 * The fact sheet of @model, not yet laid out: see fv_fact_sheet_paginate().
 */
FvFactSheet *
fv_fact_sheet_new (FvModel            *model,
                   const char * const *languages)
{
  FvFactSheet *sheet;

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  /* Its words ("Who:", "Sources", the dates) in the language of its facts. */
  FV_I18N_SCOPE (languages != NULL ? languages[0] : NULL);

  sheet = g_new0 (FvFactSheet, 1);
  sheet->model = g_object_ref (model);
  sheet->languages = g_strdupv ((char **) languages);
  sheet->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (sheet->blocks, block_clear);
  sheet->sources = g_ptr_array_new ();
  sheet->numbers = g_hash_table_new (NULL, NULL);
  sheet->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  /* Paper is white, whatever the desktop's theme. */
  fv_chart_style_init (&sheet->style, FALSE);

  add (sheet, STYLE_TITLE, text (sheet, fv_model_get_title (model)));
  add (sheet, STYLE_LEAD, text (sheet, fv_model_get_summary (model)));
  for (guint i = 0; i < fv_model_get_n_sources (model); i++)
    {
      const FvSource *source = fv_model_get_source (model, i);

      if (source->story)
        {
          /* translators: on a fact sheet, under its title: the story its
           * facts come from, "[1]" being its number in the list of sources */
          add_take (sheet, STYLE_META, g_strdup_printf (FV_TR_("The facts of “%s” [%u], each with "
                                                          "its source"),
                                                        text (sheet, &source->title),
                                                        number_source (sheet, source)));
        }
    }

  for (FvTab tab = 0; tab < FV_N_TABS; tab++)
    if (fv_model_has_tab (model, tab))
      add_tab (sheet, tab);

  /* Who is who: each person or body of the story, what the sources say
   * they are, and where they say it. */
  if (fv_model_get_n_actors (model) > 0)
    /* translators: a fact sheet's section of the people and bodies of the story */
    add (sheet, STYLE_HEADING, FV_TR_("Who is who"));
  for (guint i = 0; i < fv_model_get_n_actors (model); i++)
    {
      const FvActor *actor = fv_model_get_actor (model, i);

      add_actor (sheet, STYLE_FACT, actor);
      add_references (sheet, &actor->references, NULL);
    }

  add_source_list (sheet);

  return sheet;
}

void
fv_fact_sheet_free (FvFactSheet *sheet)
{
  if (sheet == NULL)
    return;

  g_clear_object (&sheet->model);
  g_strfreev (sheet->languages);
  g_array_unref (sheet->blocks);
  g_ptr_array_unref (sheet->sources);
  g_hash_table_unref (sheet->numbers);
  g_ptr_array_unref (sheet->pages);
  g_clear_object (&sheet->pango);
  g_free (sheet);
}

static double
content_width (FvFactSheet *sheet)
{
  return MAX (sheet->page_width - 2 * MARGIN, 100);
}

static double
chart_height (FvFactSheet *sheet)
{
  return content_width (sheet) / (CHART_WIDTH - 2 * CHART_PADDING) * CHART_WIDTH * 9 / 16;
}

static void
lay_out (FvFactSheet  *sheet,
         Block        *block,
         PangoContext *pango)
{
  g_autoptr(PangoFontDescription) font = NULL;
  PangoAttrList *attrs;
  PangoLayoutIter *iter;
  double top = 0;

  g_clear_object (&block->layout);
  g_clear_pointer (&block->line_tops, g_array_unref);
  block->line_tops = g_array_new (FALSE, FALSE, sizeof (double));

  if (block->style == STYLE_CHART)
    {
      block->height = chart_height (sheet);
      return;
    }

  font = pango_font_description_from_string (sheet->style.font_family);
  pango_font_description_set_size (font, styles[block->style].size * PANGO_SCALE);
  pango_font_description_set_weight (font, styles[block->style].bold ? PANGO_WEIGHT_BOLD
                                                                     : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (font, styles[block->style].italic ? PANGO_STYLE_ITALIC
                                                                      : PANGO_STYLE_NORMAL);

  block->layout = pango_layout_new (pango);
  pango_layout_set_font_description (block->layout, font);
  pango_layout_set_width (block->layout,
                          (content_width (sheet) - styles[block->style].indent) * PANGO_SCALE);
  /* Words whole where they fit; a word longer than the line (an address)
   * is broken where it must, and never past the margin. */
  pango_layout_set_wrap (block->layout, PANGO_WRAP_WORD_CHAR);
  if (block->hanging > 0)
    pango_layout_set_indent (block->layout, -block->hanging * PANGO_SCALE);
  attrs = pango_attr_list_new ();
#if PANGO_VERSION_CHECK (1, 44, 0)
  /* An address broken with a hyphen would be another address. */
  if (block->unbroken)
    pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
#endif
  pango_layout_set_attributes (block->layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_text (block->layout, block->text, -1);

  iter = pango_layout_get_iter (block->layout);
  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = (double) y0 / PANGO_SCALE;
      g_array_append_val (block->line_tops, top);
      top = (double) y1 / PANGO_SCALE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  g_array_append_val (block->line_tops, top);
  block->height = top;
}

static gboolean
keeps (const Block *block)
{
  return block->keep || styles[block->style].keep;
}

static guint
n_lines (const Block *block)
{
  return block->style == STYLE_CHART ? 1 : block->line_tops->len - 1;
}

/* The height of lines FIRST to FIRST + N of BLOCK. */
static double
lines_height (const Block *block,
              guint        first,
              guint        n)
{
  if (block->style == STYLE_CHART)
    return block->height;
  return g_array_index (block->line_tops, double, first + n) -
         g_array_index (block->line_tops, double, first);
}

/* A page more, empty: *Y at its top. */
static GArray *
new_page (FvFactSheet *sheet,
          double      *y)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placement));

  g_ptr_array_add (sheet->pages, page);
  *y = MARGIN;
  return page;
}

/**
 * fv_fact_sheet_paginate:
 * @pango: a context for the target the pages are drawn on (a PDF's, a
 *   print job's), at 72 units an inch
 * @page_width: @page_height: the page's size, in points
 *
 * Lays the sheet out on pages of that size.
 *
 * Returns: the number of pages
 */
guint
fv_fact_sheet_paginate (FvFactSheet  *sheet,
                        PangoContext *pango,
                        double        page_width,
                        double        page_height)
{
  double top = MARGIN, bottom = page_height - MARGIN - FOOTER_HEIGHT, y = top;
  GArray *page;

  g_return_val_if_fail (sheet != NULL, 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (pango), 0);

  g_set_object (&sheet->pango, pango);
  sheet->page_width = page_width;
  sheet->page_height = page_height;
  g_ptr_array_set_size (sheet->pages, 0);
  page = new_page (sheet, &y);

  for (guint i = 0; i < sheet->blocks->len; i++)
    lay_out (sheet, &g_array_index (sheet->blocks, Block, i), pango);

  for (guint i = 0; i < sheet->blocks->len; i++)
    {
      Block *block = &g_array_index (sheet->blocks, Block, i);
      guint total = n_lines (block), first = 0;
      double before = styles[block->style].before;
      double need;

      if (y > top)
        y += before;

      /* What must go on this page with the block's start: its first
       * lines, and for a heading, the start of what it heads. */
      need = lines_height (block, 0, MIN (total, MIN_LINES));
      for (guint k = i; keeps (&g_array_index (sheet->blocks, Block, k)) &&
                        k + 1 < sheet->blocks->len; k++)
        {
          Block *next = &g_array_index (sheet->blocks, Block, k + 1);

          if (k > i)
            need += lines_height (&g_array_index (sheet->blocks, Block, k), 0,
                                  n_lines (&g_array_index (sheet->blocks, Block, k)));
          need += styles[next->style].before +
                  lines_height (next, 0, MIN (n_lines (next), MIN_LINES));
        }
      if (y + need > bottom && y > top)
        page = new_page (sheet, &y);

      while (first < total)
        {
          guint fit = 0, left = total - first, room;
          Placement placement;

          while (first + fit < total && y + lines_height (block, first, fit + 1) <= bottom)
            fit++;
          room = fit;
          /* Never fewer than MIN_LINES alone on either side of a break:
           * lines go over with the last ones, or all of them go over. */
          if (fit < left)
            {
              if (left - fit < MIN_LINES)
                fit = fit > MIN_LINES - (left - fit) ? fit - (MIN_LINES - (left - fit)) : 0;
              if (fit < MIN_LINES && left >= MIN_LINES)
                fit = 0;
            }
          /* At the top of a page nothing comes of waiting: as much as fits,
           * a line at least (one taller than the page is cut). */
          if (fit == 0 && y == top)
            fit = MAX (room, 1);

          if (fit > 0)
            {
              placement = (Placement) { i, first, fit, y };
              g_array_append_val (page, placement);
              y += lines_height (block, first, fit);
              first += fit;
            }
          if (first < total)
            page = new_page (sheet, &y);
        }
    }

  return sheet->pages->len;
}

static void
set_color (cairo_t       *cr,
           const FvColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* The running footer: the model's title on the left, the page's number on
 * the right, under a hairline. */
static void
draw_footer (FvFactSheet *sheet,
             cairo_t     *cr,
             guint        page)
{
  g_autoptr(PangoLayout) title = pango_layout_new (sheet->pango);
  g_autoptr(PangoLayout) number = pango_layout_new (sheet->pango);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (sheet->style.font_family);
  /* translators: a fact sheet's page number, in its footer */
  FV_I18N_SCOPE (sheet->languages != NULL ? sheet->languages[0] : NULL);
  g_autofree char *numbering = g_strdup_printf (FV_TR_("Page %u of %u"), page + 1, sheet->pages->len);
  double y = sheet->page_height - MARGIN - FOOTER_HEIGHT + 10;
  int w, h;

  pango_font_description_set_size (font, 8 * PANGO_SCALE);
  pango_layout_set_font_description (number, font);
  pango_layout_set_text (number, numbering, -1);
  pango_layout_get_pixel_size (number, &w, &h);

  pango_layout_set_font_description (title, font);
  pango_layout_set_text (title, text (sheet, fv_model_get_title (sheet->model)), -1);
  pango_layout_set_width (title, (content_width (sheet) - w - 24) * PANGO_SCALE);
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);

  set_color (cr, &sheet->style.grid);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, y - 4);
  cairo_line_to (cr, sheet->page_width - MARGIN, y - 4);
  cairo_stroke (cr);

  set_color (cr, &sheet->style.muted);
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, title);
  cairo_move_to (cr, sheet->page_width - MARGIN - w, y);
  pango_cairo_show_layout (cr, number);
}

/**
 * fv_fact_sheet_draw_page:
 * @cr: the page, in points, its origin at the top left corner
 *
 * Draws page @page (from 0) as fv_fact_sheet_paginate() laid it out.
 */
void
fv_fact_sheet_draw_page (FvFactSheet *sheet,
                         cairo_t     *cr,
                         guint        page)
{
  GArray *placements;

  g_return_if_fail (sheet != NULL);
  g_return_if_fail (page < sheet->pages->len);

  placements = g_ptr_array_index (sheet->pages, page);
  for (guint i = 0; i < placements->len; i++)
    {
      const Placement *p = &g_array_index (placements, Placement, i);
      const Block *block = &g_array_index (sheet->blocks, Block, p->block);
      double x = MARGIN + styles[block->style].indent;

      cairo_save (cr);
      if (block->style == STYLE_CHART)
        {
          FvChartState state = { .languages = (const char * const *) sheet->languages };
          /* The chart's own margin in the page's: its title lines up with
           * the text. */
          double scale = content_width (sheet) / (CHART_WIDTH - 2 * CHART_PADDING);

          cairo_translate (cr, x - CHART_PADDING * scale, p->y);
          cairo_scale (cr, scale, scale);
          /* A chart paints its background: on its own rectangle only. */
          cairo_rectangle (cr, 0, 0, CHART_WIDTH, CHART_WIDTH * 9 / 16);
          cairo_clip (cr);
          fv_chart_draw (cr, sheet->model, block->chart, CHART_WIDTH, CHART_WIDTH * 9 / 16,
                         &sheet->style, &state);
        }
      else
        {
          double offset = g_array_index (block->line_tops, double, p->first);

          /* Lines FIRST to FIRST + N_LINES of the paragraph, and no more. */
          cairo_rectangle (cr, 0, p->y, sheet->page_width, lines_height (block, p->first,
                                                                        p->n_lines));
          cairo_clip (cr);
          set_color (cr, styles[block->style].muted ? &sheet->style.muted : &sheet->style.text);
          cairo_move_to (cr, x, p->y - offset);
          pango_cairo_show_layout (cr, block->layout);
        }
      cairo_restore (cr);
    }

  draw_footer (sheet, cr, page);
}

/**
 * fv_paper_from_name:
 * @name: "a4" or "letter"
 */
gboolean
fv_paper_from_name (const char *name,
                    FvPaper    *paper)
{
  g_return_val_if_fail (name != NULL, FALSE);

  if (g_ascii_strcasecmp (name, "a4") == 0)
    *paper = FV_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "letter") == 0)
    *paper = FV_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

/**
 * fv_paper_for_locale:
 *
 * Returns: the paper of the locale's LC_PAPER: Letter where it is 216 mm
 *   wide (the United States, Canada and others), A4 elsewhere
 */
FvPaper
fv_paper_for_locale (void)
{
#ifdef _NL_PAPER_WIDTH
  /* glibc gives the width in millimetres, as a number in a pointer. */
  union { char *string; unsigned int number; } width;

  width.string = nl_langinfo (_NL_PAPER_WIDTH);
  if (width.number == 216)
    return FV_PAPER_LETTER;
#endif
  return FV_PAPER_A4;
}

void
fv_paper_get_size (FvPaper  paper,
                   double  *width,
                   double  *height)
{
  if (paper == FV_PAPER_LETTER)
    {
      *width = 612;
      *height = 792;
    }
  else
    {
      *width = 595.276;
      *height = 841.89;
    }
}

/**
 * fv_fact_sheet_export:
 * @languages: (nullable): the reader's, from fv_languages_new()
 * @path: a file, or "-" for standard output
 *
 * Writes the fact sheet of @model as a PDF on @paper, where fv-output.c
 * says: a file is replaced only once the new one is complete. Its text
 * stays text, its charts vectors; the PDF carries the model's title and
 * the application's name.
 */
gboolean
fv_fact_sheet_export (FvModel            *model,
                      const char * const *languages,
                      FvPaper             paper,
                      const char         *path,
                      GCancellable       *cancellable,
                      GError            **error)
{
  g_autoptr(FvFactSheet) sheet = NULL;
  g_autoptr(FvOutput) output = NULL;
  cairo_font_options_t *options;
  cairo_surface_t *surface;
  cairo_status_t status;
  PangoContext *pango;
  double width, height;
  cairo_t *cr;
  guint pages;

  g_return_val_if_fail (FV_IS_MODEL (model), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  output = fv_output_open (path, error);
  if (output == NULL)
    return FALSE;
  fv_output_watch (output, cancellable, NULL, NULL);

  fv_paper_get_size (paper, &width, &height);
  sheet = fv_fact_sheet_new (model, languages);
  surface = cairo_pdf_surface_create_for_stream (fv_output_cairo_write, output, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  fv_model_text (model, fv_model_get_title (model), languages));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Fact Viewer");
  cr = cairo_create (surface);

  /* Points, and outlines as they are: no hinting on paper. */
  pango = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (pango, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango, options);
  cairo_font_options_destroy (options);

  pages = fv_fact_sheet_paginate (sheet, pango, width, height);
  g_object_unref (pango);
  for (guint p = 0; p < pages && !g_cancellable_is_cancelled (cancellable); p++)
    {
      fv_fact_sheet_draw_page (sheet, cr, p);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  /* As for a chart: what our writer saw fail is a failure, whatever the
   * PDF surface says (fv-chart-export.c). */
  if (fv_output_get_errno (output) != 0)
    return fv_output_error (output, fv_output_get_errno (output), error);
  if (status != CAIRO_STATUS_SUCCESS)
    return fv_output_error (output, EIO, error);

  return fv_output_commit (output, error);
}

typedef struct
{
  FvModel *model;
  char   **languages;
  FvPaper  paper;
  char    *path;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_object_unref (job->model);
  g_strfreev (job->languages);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (fv_fact_sheet_export (job->model, (const char * const *) job->languages, job->paper,
                            job->path, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * fv_fact_sheet_export_async:
 *
 * As fv_fact_sheet_export(), in a worker thread.
 */
void
fv_fact_sheet_export_async (FvModel             *model,
                            const char * const  *languages,
                            FvPaper              paper,
                            const char          *path,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (FV_IS_MODEL (model));
  g_return_if_fail (path != NULL);

  job = g_new0 (ExportJob, 1);
  job->model = g_object_ref (model);
  job->languages = g_strdupv ((char **) languages);
  job->paper = paper;
  job->path = g_strdup (path);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fv_fact_sheet_export_async);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, export_thread);
}

gboolean
fv_fact_sheet_export_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
