/* fv-fact-sheet.c — what the fact sheet holds: every fact, in reading order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A fact sheet is what leaves Fact Viewer when a chart is not enough: the
 * model's title and summary; for each tab, its charts and its facts in
 * reading order (every event with its date, every statement with who said
 * it, where, and the exact words, every figure with what it counts and
 * how), each followed by its sources; then a numbered list of all the
 * sources. This file makes that document, as blocks (a paragraph, a
 * chart); the other rooms, named in fv-sheet-private.h, lay it out on
 * pages with Pango, so that the same code writes a PDF without a display
 * and draws the pages of a print job.
 */
#include "config.h"

#include "fv-sheet-private.h"

static void
add_actor (FvFactSheet   *sheet,
           Style          style,
           const FvActor *actor)
{
  const char *role = fv_sheet_text (sheet, &actor->role);

  if (role != NULL)
    /* translators: an actor and their role: "Richard Wooten, retired police officer …" */
    fv_sheet_add_take (sheet, style, g_strdup_printf (FV_TR_("%s — %s"),
                                                      fv_sheet_text (sheet, &actor->name), role));
  else
    fv_sheet_add (sheet, style, fv_sheet_text (sheet, &actor->name));
}

static void
add_event (FvFactSheet   *sheet,
           const FvEvent *event)
{
  /* The title and the description in one language. */
  const char *language = fv_model_get_event_language (sheet->model, event,
                                                      (const char * const *) sheet->languages);

  fv_sheet_add_take (sheet, STYLE_DATE, fv_format_event_date (event));
  fv_sheet_add (sheet, STYLE_FACT, fv_model_text_in (sheet->model, &event->title, language));
  fv_sheet_add (sheet, STYLE_BODY, fv_model_text_in (sheet->model, &event->description, language));
  if (event->n_actors > 0)
    {
      GString *who = g_string_new (NULL);

      for (guint i = 0; i < event->n_actors; i++)
        {
          if (i > 0)
            g_string_append (who, FV_TR_(", "));
          g_string_append (who, fv_sheet_text (sheet, &event->actors[i]->name));
        }
      /* translators: on a fact sheet, who took part in an event */
      fv_sheet_add_take (sheet, STYLE_BODY, g_strdup_printf (FV_TR_("Who: %s"), who->str));
      g_string_free (who, TRUE);
    }
  fv_sheet_add_references (sheet, &event->references, NULL);
}

/* The words, whether they are the exact ones, their translation (marked)
 * where the reader's language is not theirs, who said them, where, and
 * the sources. */
static void
add_statement (FvFactSheet       *sheet,
               const FvStatement *statement)
{
  const char *translation = fv_sheet_text (sheet, &statement->translation);
  const char *setting = fv_sheet_text (sheet, &statement->setting);
  const char *about = fv_sheet_text (sheet, &statement->about);
  gboolean quotation = statement->kind == FV_STATEMENT_QUOTATION;

  guint start = sheet->blocks->len;

  if (quotation)
    fv_sheet_add_take (sheet, STYLE_QUOTE, g_strdup_printf (FV_TR_("“%s”"),
                                                            statement->words.original));
  else
    {
      fv_sheet_add (sheet, STYLE_QUOTE, fv_sheet_text (sheet, &statement->words));
      fv_sheet_add (sheet, STYLE_META, FV_TR_("Paraphrase, not their exact words"));
    }
  if (translation != NULL)
    /* translators: under a quotation, what it says in the reader's language:
     * the model's translation, not the speaker's words */
    fv_sheet_add_take (sheet, STYLE_META, g_strdup_printf (FV_TR_("Our translation: %s"),
                                                           translation));
  /* The words stay on the page of who said them. */
  for (guint i = start; i < sheet->blocks->len; i++)
    g_array_index (sheet->blocks, Block, i).keep = TRUE;

  add_actor (sheet, STYLE_FACT, statement->actor);
  if (setting != NULL && statement->date.precision != FV_DATE_PRECISION_NONE)
    {
      g_autofree char *when = fv_format_date (&statement->date);

      /* translators: on a fact sheet, where and when a statement was made:
       * "In a statement to the press, January 26, 2017" */
      fv_sheet_add_take (sheet, STYLE_BODY, g_strdup_printf (FV_TR_("%s, %s"), setting, when));
    }
  else if (setting != NULL)
    fv_sheet_add (sheet, STYLE_BODY, setting);
  else if (statement->date.precision != FV_DATE_PRECISION_NONE)
    fv_sheet_add_take (sheet, STYLE_BODY, fv_format_date (&statement->date));
  if (about != NULL)
    fv_sheet_add_take (sheet, STYLE_BODY, g_strdup_printf (FV_TR_("About: %s"), about));
  fv_sheet_add_references (sheet, &statement->references,
                           quotation ? statement->words.original : NULL);
}

/* "44%: Latinos less likely to call the police …", what it counts, how it
 * was measured, and its sources. */
static void
add_figure (FvFactSheet    *sheet,
            const FvFigure *figure)
{
  g_autofree char *value = fv_format_figure_value (figure);
  const char *population = fv_sheet_text (sheet, &figure->population);
  const char *measure = fv_sheet_text (sheet, &figure->measure);

  /* translators: a figure: its value, then its label: "$75 million: paid out …" */
  fv_sheet_add_take (sheet, STYLE_FACT, g_strdup_printf (FV_TR_("%s: %s"), value,
                                                         fv_sheet_text (sheet, &figure->label)));
  if (population != NULL)
    /* translators: on a fact sheet, who or what a figure counts */
    fv_sheet_add_take (sheet, STYLE_BODY, g_strdup_printf (FV_TR_("Counted among: %s"),
                                                           population));
  if (measure != NULL)
    /* translators: on a fact sheet, the question asked or the method of a figure */
    fv_sheet_add_take (sheet, STYLE_BODY, g_strdup_printf (FV_TR_("Measured: %s"), measure));
  if (figure->subject != NULL)
    fv_sheet_add_take (sheet, STYLE_BODY,
                       /* translators: on a fact sheet, whom or what a figure is about */
                       g_strdup_printf (FV_TR_C_("figure", "About: %s"),
                                        fv_sheet_text (sheet, &figure->subject->name)));
  if (figure->actor != NULL)
    fv_sheet_add_take (sheet, STYLE_BODY,
                       /* translators: on a fact sheet, who found or reported a figure */
                       g_strdup_printf (FV_TR_("Reported by: %s"),
                                        fv_sheet_text (sheet, &figure->actor->name)));
  fv_sheet_add_references (sheet, &figure->references, NULL);
}

static void
add_items (FvFactSheet      *sheet,
           const FvText     *heading,
           const char       *fallback,
           const FvCaseItem *items,
           guint             n_items)
{
  const char *title = heading->original != NULL ? fv_sheet_text (sheet, heading) : NULL;

  if (n_items == 0)
    return;
  fv_sheet_add (sheet, STYLE_SUBHEADING, title != NULL ? title : fallback);
  for (guint i = 0; i < n_items; i++)
    {
      fv_sheet_add_take (sheet, STYLE_BODY,
                         g_strdup_printf (FV_TR_("• %s"), fv_sheet_text (sheet, &items[i].text)));
      fv_sheet_add_references (sheet, &items[i].references, NULL);
    }
}

static void
add_case (FvFactSheet  *sheet,
          const FvCase *c)
{
  fv_sheet_add (sheet, STYLE_SUBHEADING, fv_sheet_text (sheet, &c->title));
  fv_sheet_add (sheet, STYLE_META, fv_sheet_text (sheet, &c->place));
  fv_sheet_add (sheet, STYLE_BODY, fv_sheet_text (sheet, &c->summary));
  if (c->subject != NULL)
    {
      fv_sheet_add (sheet, STYLE_SUBHEADING, FV_TR_("Who"));
      add_actor (sheet, STYLE_BODY, c->subject);
    }
  add_items (sheet, &c->tactics_heading, FV_TR_("Tactics"), c->tactics, c->n_tactics);
  add_items (sheet, &c->outcomes_heading, FV_TR_("What came of it"), c->outcomes, c->n_outcomes);
  if (c->n_figures > 0)
    fv_sheet_add (sheet, STYLE_SUBHEADING, FV_TR_("The numbers"));
  for (guint i = 0; i < c->n_figures; i++)
    add_figure (sheet, c->figures[i]);
  if (c->lesson.text.original != NULL)
    add_items (sheet, &c->lesson_heading, FV_TR_("Why the story tells it"), &c->lesson, 1);
  if (c->n_events > 0)
    fv_sheet_add (sheet, STYLE_SUBHEADING, FV_TR_("When"));
  for (guint i = 0; i < c->n_events; i++)
    add_event (sheet, c->events[i]);
  if (c->n_statements > 0)
    fv_sheet_add (sheet, STYLE_SUBHEADING, FV_TR_("What was said"));
  for (guint i = 0; i < c->n_statements; i++)
    add_statement (sheet, c->statements[i]);
  if (c->references.n_items > 0)
    {
      fv_sheet_add (sheet, STYLE_SUBHEADING, FV_TR_("Sources"));
      fv_sheet_add_references (sheet, &c->references, NULL);
    }
}

/* The charts of a tab, each with a bar chart's figures. */
static void
add_charts (FvFactSheet *sheet,
            FvTab        tab)
{
  FvModel *model = sheet->model;

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
}

/* The statements as the tab shows them: the lead actors' first under their
 * names, then the other voices under a heading of their own, each group in
 * the model's order. */
static void
add_statements (FvFactSheet *sheet)
{
  FvModel *model = sheet->model;
  g_autoptr(GPtrArray) statements = fv_model_get_statements_lead_first (model);
  g_autoptr(GPtrArray) lead = fv_model_get_speaking_lead_actors (model);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *lead_heading = NULL;

  for (guint i = 0; i < lead->len; i++)
    g_ptr_array_add (names, (gpointer) fv_sheet_text (sheet, &((const FvActor *)
                                                                 lead->pdata[i])->name));
  if (names->len > 0)
    lead_heading = fv_format_list ((const char * const *) names->pdata, names->len);

  for (guint i = 0; i < statements->len; i++)
    {
      const FvStatement *statement = g_ptr_array_index (statements, i);
      gboolean is_lead = fv_model_is_lead_actor (model, statement->actor);

      if (lead_heading != NULL && i == 0 && is_lead)
        fv_sheet_add (sheet, STYLE_SUBHEADING, lead_heading);
      if (lead_heading != NULL && !is_lead &&
          (i == 0 || fv_model_is_lead_actor (model, ((const FvStatement *)
                                                     g_ptr_array_index (statements, i - 1))->actor)))
        /* translators: above the statements of all but the story's lead actors */
        fv_sheet_add (sheet, STYLE_SUBHEADING, FV_TR_("Other voices"));
      add_statement (sheet, statement);
    }
}

/* A tab: its title, its charts (and a bar chart's figures), and its facts
 * in the order the window shows them: what was said before the charts
 * about it, the other tabs' charts first. */
static void
add_tab (FvFactSheet *sheet,
         FvTab        tab)
{
  FvModel *model = sheet->model;

  fv_sheet_add (sheet, STYLE_HEADING, fv_sheet_text (sheet, fv_model_get_tab_title (model, tab)));
  fv_sheet_add (sheet, STYLE_META, fv_sheet_text (sheet, fv_model_get_tab_subtitle (model, tab)));

  if (tab != FV_TAB_STATEMENTS)
    add_charts (sheet, tab);

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
      add_statements (sheet);
      add_charts (sheet, tab);
      break;
    case FV_N_TABS:
    default:
      g_assert_not_reached ();
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
  return fv_fact_sheet_new_with_texts (model, languages, NULL);
}

/**
 * fv_fact_sheet_new_with_texts:
 * @languages: (nullable): as for fv_fact_sheet_new()
 * @source_texts: (nullable) (element-type utf8 FvSourceText): the text of
 *   each source whose quotations are checked, by the source's id; ids the
 *   model does not have are passed over
 *
 * As fv_fact_sheet_new(), and under each source of @source_texts in the
 * list of sources, the SHA-256 of its text and how its quotations fared
 * against it. The sheet holds its own references: @source_texts may
 * change or go once this returns.
 */
FvFactSheet *
fv_fact_sheet_new_with_texts (FvModel            *model,
                              const char * const *languages,
                              GHashTable         *source_texts)
{
  FvFactSheet *sheet;

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  /* Its words ("Who:", "Sources", the dates) in the language of its facts. */
  FV_I18N_SCOPE (languages != NULL ? languages[0] : NULL);

  sheet = g_new0 (FvFactSheet, 1);
  sheet->model = g_object_ref (model);
  sheet->languages = g_strdupv ((char **) languages);
  sheet->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (sheet->blocks, fv_sheet_block_clear);
  sheet->sources = g_ptr_array_new ();
  sheet->numbers = g_hash_table_new (NULL, NULL);
  sheet->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  /* Paper is white, whatever the desktop's theme. */
  fv_chart_style_init (&sheet->style, FALSE);
  sheet->style.left_out = FV_CHART_LEFT_OUT_LISTED_BELOW;
  fv_sheet_check_quotes (sheet, source_texts);

  fv_sheet_add (sheet, STYLE_TITLE, fv_sheet_text (sheet, fv_model_get_title (model)));
  fv_sheet_add (sheet, STYLE_LEAD, fv_sheet_text (sheet, fv_model_get_summary (model)));
  for (guint i = 0; i < fv_model_get_n_sources (model); i++)
    {
      const FvSource *source = fv_model_get_source (model, i);

      const char *title = fv_sheet_text (sheet, &source->title);
      guint number;

      if (!source->story)
        continue;
      number = fv_sheet_number_source (sheet, source);
      /* A description is not a title: no quotation marks, and it says so. */
      if (source->title_is_description)
        fv_sheet_add_take (sheet, STYLE_META,
                           /* translators: on a fact sheet, under its title: the story its
                            * facts come from, which has no title of its own, by the
                            * model's description of it; "[1]" is its number in the list
                            * of sources. No quotation marks: it is not a title */
                           g_strdup_printf (FV_TR_("Facts from the story described as: %s [%u], "
                                                   "each with its source"), title, number));
      else
        fv_sheet_add_take (sheet, STYLE_META,
                           /* translators: on a fact sheet, under its title: the story
                            * its facts come from, by its title, "[1]" being its number
                            * in the list of sources */
                           g_strdup_printf (FV_TR_("The facts of “%s” [%u], each with "
                                                   "its source"), title, number));
      g_array_index (sheet->blocks, Block, sheet->blocks->len - 1).cites = number;
    }

  for (FvTab tab = 0; tab < FV_N_TABS; tab++)
    if (fv_model_has_tab (model, tab))
      add_tab (sheet, tab);

  /* Who is who: each person or body of the story, what the sources say
   * they are, and where they say it. */
  if (fv_model_get_n_actors (model) > 0)
    /* translators: a fact sheet's section of the people and bodies of the story */
    fv_sheet_add (sheet, STYLE_HEADING, FV_TR_("Who is who"));
  for (guint i = 0; i < fv_model_get_n_actors (model); i++)
    {
      const FvActor *actor = fv_model_get_actor (model, i);

      add_actor (sheet, STYLE_FACT, actor);
      fv_sheet_add_references (sheet, &actor->references, NULL);
    }

  fv_sheet_add_source_list (sheet);

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
  g_hash_table_unref (sheet->checked);
  g_ptr_array_unref (sheet->pages);
  g_clear_object (&sheet->pango);
  g_free (sheet->running_title);
  g_free (sheet);
}
