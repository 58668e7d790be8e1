/* fv-fact-widgets.c — facts laid out for reading, with their sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every text of the model goes into a label as plain text (never markup):
 * a title with "<b>" or "&" shows those characters. Every fact shows where
 * it comes from: the source, the paragraph, the quoted words, and which
 * part of it a public record gives.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-fact-widgets.h"
#include "fv-format.h"

GtkWidget *
fv_fact_label_new (const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *clipped = fv_text_clip (text, FV_LABEL_MAX_CHARS);

  gtk_label_set_text (GTK_LABEL (label), clipped);
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  /* Text to select with the mouse, not a Tab stop: Tab goes to the links.
   * In GTK 4.8 a selectable label that may not take the focus still tells
   * a Tab that it took it (gtk_label_focus), and the Tab goes nowhere: out
   * of the focus chain altogether. */
  gtk_widget_set_focusable (label, FALSE);
  gtk_widget_set_can_focus (label, FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

GtkWidget *
fv_fact_heading_new (const char *text)
{
  GtkWidget *label = fv_fact_label_new (text, "heading");

  gtk_widget_set_margin_top (label, 12);
  return label;
}

/* The number of SOURCE in a tab's list of sources (NUMBERED), from 1; 0
 * where there is no list or it is not in it. */
static guint
source_number (GPtrArray      *numbered,
               const FvSource *source)
{
  guint index;

  if (numbered != NULL && g_ptr_array_find (numbered, source, &index))
    return index + 1;
  return 0;
}

/* A web source's link, and which page was read, under its line. */
static void
append_link (GtkWidget      *box,
             const FvSource *source)
{
  /* The loader takes only http and https addresses; checked again here,
   * as this is where a click would open one. */
  if (source->url != NULL && fv_web_address_is_valid (source->url))
    {
      g_autoptr(GUri) uri = g_uri_parse (source->url, G_URI_FLAGS_NONE, NULL);
      g_autofree char *address = fv_text_clip (source->url, 80);
      /* translators: a link to a source: the site's host, then the whole
       * address, as in "example.org: https://example.org/article" */
      g_autofree char *label = g_strdup_printf (_("%s: %s"), g_uri_get_host (uri), address);
      GtkWidget *link = gtk_link_button_new_with_label (source->url, label);

      /* The host first: where the link goes, whatever the rest says. */
      gtk_widget_set_halign (link, GTK_ALIGN_START);
      gtk_widget_add_css_class (link, "reference");
      gtk_box_append (GTK_BOX (box), link);

      /* Pages change: which one the model was made from. */
      if (source->accessed.precision != FV_DATE_PRECISION_NONE)
        {
          g_autofree char *when = fv_format_date (&source->accessed);
          /* translators: under a link to a web source: when the page was read */
          g_autofree char *read_on = g_strdup_printf (_("The page as read on %s"), when);

          gtk_box_append (GTK_BOX (box), fv_fact_label_new (read_on, "reference"));
        }
    }
}

/* "Article …, paragraphs 5 and 6 (article)", a line a source, and under
 * it the quoted words, unless they are SHOWN already (a quotation's own
 * words). A source in the tab's list of sources (NUMBERED) is pointed to
 * instead, "[1] paragraphs 5 and 6": its title, link and date of reading
 * are in the list, once. */
static GtkWidget *
references_box_new (FvSession          *session,
                    const FvReferences *references,
                    const char         *shown,
                    GPtrArray          *numbered)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autoptr(GPtrArray) citations = fv_citations_new (references);

  gtk_widget_add_css_class (box, "references");

  for (guint i = 0; i < citations->len; i++)
    {
      const FvCitation *citation = g_ptr_array_index (citations, i);
      const FvSource *source = citation->source;
      guint number = source_number (numbered, source);
      g_autofree char *line = number > 0
                              ? fv_format_citation_short (citation, number)
                              : fv_format_citation (fv_session_get_model (session), citation,
                                                    fv_session_get_languages (session));

      gtk_box_append (GTK_BOX (box), fv_fact_label_new (line, "reference"));
      if (number == 0)
        append_link (box, source);

      for (guint r = 0; r < citation->references->len; r++)
        {
          const FvReference *ref = g_ptr_array_index (citation->references, r);
          g_autofree char *quoted = NULL;
          GtkWidget *quote;

          if (ref->quote == NULL || g_strcmp0 (ref->quote, shown) == 0)
            continue;
          quoted = fv_format_citation_quote (citation, ref);
          quote = fv_fact_label_new (quoted, "quote");
          gtk_widget_set_margin_start (quote, 12);
          gtk_box_append (GTK_BOX (box), quote);
        }
    }

  return box;
}

/**
 * fv_sources_collect:
 * @numbered: the sources of a tab, in the order first cited
 *
 * Adds the sources @references cite that @numbered has not yet.
 */
void
fv_sources_collect (GPtrArray          *numbered,
                    const FvReferences *references)
{
  g_return_if_fail (numbered != NULL);
  g_return_if_fail (references != NULL);

  for (guint i = 0; i < references->n_items; i++)
    if (!g_ptr_array_find (numbered, references->items[i].source, NULL))
      g_ptr_array_add (numbered, (gpointer) references->items[i].source);
}

/**
 * fv_sources_list_new:
 * @numbered: the sources of a tab, in the order first cited
 *
 * Returns: the tab's list of sources, each once with its number, title,
 *   kind, link and date of reading: "[1] Article … (article)"
 */
GtkWidget *
fv_sources_list_new (FvSession *session,
                     GPtrArray *numbered)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  g_return_val_if_fail (FV_IS_SESSION (session), NULL);
  g_return_val_if_fail (numbered != NULL, NULL);

  gtk_widget_add_css_class (box, "sources");
  for (guint i = 0; i < numbered->len; i++)
    {
      const FvSource *source = g_ptr_array_index (numbered, i);
      /* translators: a source in a tab's list of sources: its number, its
       * title and its kind: "[1] Article on … (article)" */
      g_autofree char *line = g_strdup_printf (_("[%u] %s (%s)"), i + 1,
                                               fv_session_text (session, &source->title),
                                               fv_source_kind_name (source->kind));

      gtk_box_append (GTK_BOX (box), fv_fact_label_new (line, "reference"));
      append_link (box, source);
    }

  return box;
}

static GtkWidget *
fv_references_box_new (FvSession          *session,
                       const FvReferences *references)
{
  return references_box_new (session, references, NULL, NULL);
}

/* "Richard Wooten, Joe Arpaio" */
char *
fv_actors_to_string (FvSession      *session,
                     const FvActor **actors,
                     guint           n_actors)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n_actors; i++)
    {
      if (i > 0)
        g_string_append (str, _(", "));
      g_string_append (str, fv_session_text (session, &actors[i]->name));
    }

  return g_string_free (str, FALSE);
}

static void
append_actor (GtkWidget     *box,
              FvSession     *session,
              const FvActor *actor)
{
  const char *role = fv_session_text (session, &actor->role);
  g_autofree char *text = NULL;

  if (role != NULL)
    /* translators: an actor and their role: "Richard Wooten, retired police officer …" */
    text = g_strdup_printf (_("%s — %s"), fv_session_text (session, &actor->name), role);
  else
    text = g_strdup (fv_session_text (session, &actor->name));

  gtk_box_append (GTK_BOX (box), fv_fact_label_new (text, NULL));
}

GtkWidget *
fv_event_detail_new (FvSession     *session,
                     const FvEvent *event)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *when = fv_format_event_date (event);
  const char *description = fv_session_text (session, &event->description);

  gtk_widget_add_css_class (box, "fact-detail");
  gtk_box_append (GTK_BOX (box), fv_fact_label_new (when, "dim-label"));
  gtk_box_append (GTK_BOX (box), fv_fact_label_new (fv_session_text (session, &event->title),
                                                    "title-3"));
  if (description != NULL)
    gtk_box_append (GTK_BOX (box), fv_fact_label_new (description, NULL));

  if (event->n_actors > 0)
    {
      gtk_box_append (GTK_BOX (box), fv_fact_heading_new (_("Who")));
      for (guint i = 0; i < event->n_actors; i++)
        append_actor (box, session, event->actors[i]);
    }

  gtk_box_append (GTK_BOX (box), fv_fact_heading_new (_("Sources")));
  gtk_box_append (GTK_BOX (box), fv_references_box_new (session, &event->references));

  return box;
}

/* When, the words, who said them, where, and the source. A quotation is
 * shown in the words that were said; a paraphrase says that it is one. The
 * date first, as an event's detail has it: the fact sheet shows it, and a
 * reference may cite a source for it alone. */
GtkWidget *
fv_statement_card_new (FvSession         *session,
                       const FvStatement *statement)
{
  return fv_statement_card_new_numbered (session, statement, NULL);
}

/**
 * fv_statement_card_new_numbered:
 * @numbered: (nullable): the tab's list of sources, which the card's
 *   references point into
 */
GtkWidget *
fv_statement_card_new_numbered (FvSession         *session,
                                const FvStatement *statement,
                                GPtrArray         *numbered)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  const char *setting = fv_session_text (session, &statement->setting);
  const char *about = fv_session_text (session, &statement->about);
  const char *translation = fv_session_text (session, &statement->translation);
  g_autofree char *words = NULL;

  gtk_widget_add_css_class (card, "statement");

  if (statement->date.precision != FV_DATE_PRECISION_NONE)
    {
      g_autofree char *when = fv_format_date (&statement->date);
      GtkWidget *date = fv_fact_label_new (when, "dim-label");

      gtk_widget_add_css_class (date, "statement-date");
      gtk_box_append (GTK_BOX (card), date);
    }

  if (statement->kind == FV_STATEMENT_QUOTATION)
    words = g_strdup_printf (_("“%s”"), statement->words.original);
  else
    words = g_strdup (fv_session_text (session, &statement->words));

  gtk_box_append (GTK_BOX (card), fv_fact_label_new (words, statement->kind == FV_STATEMENT_QUOTATION
                                                            ? "quotation" : "paraphrase"));
  if (statement->kind == FV_STATEMENT_PARAPHRASE)
    gtk_box_append (GTK_BOX (card), fv_fact_label_new (_("Paraphrase, not their exact words"),
                                                       "dim-label"));
  if (translation != NULL)
    {
      /* translators: under a quotation, what it says in the reader's language:
       * the model's translation, not the speaker's words */
      g_autofree char *text = g_strdup_printf (_("Our translation: %s"), translation);
      gtk_box_append (GTK_BOX (card), fv_fact_label_new (text, "dim-label"));
    }

  append_actor (card, session, statement->actor);
  if (setting != NULL)
    gtk_box_append (GTK_BOX (card), fv_fact_label_new (setting, "dim-label"));
  if (about != NULL)
    {
      /* translators: what a statement is about */
      g_autofree char *text = g_strdup_printf (_("About: %s"), about);
      gtk_box_append (GTK_BOX (card), fv_fact_label_new (text, "dim-label"));
    }
  gtk_box_append (GTK_BOX (card), references_box_new (session, &statement->references,
                                                      statement->kind == FV_STATEMENT_QUOTATION
                                                      ? statement->words.original : NULL,
                                                      numbered));

  return card;
}

static gboolean
same_references (const FvReferences *a,
                 const FvReferences *b)
{
  if (a->n_items != b->n_items)
    return FALSE;

  for (guint i = 0; i < a->n_items; i++)
    {
      const FvReference *x = &a->items[i], *y = &b->items[i];

      if (x->source != y->source || x->paragraph != y->paragraph ||
          g_strcmp0 (x->locator, y->locator) != 0 || g_strcmp0 (x->quote, y->quote) != 0 ||
          (x->fields == NULL) != (y->fields == NULL) ||
          (x->fields != NULL && !g_strv_equal ((const char * const *) x->fields,
                                               (const char * const *) y->fields)))
        return FALSE;
    }

  return TRUE;
}

/* The items of a section, each with its sources; items in a row that cite
 * the same sources (three tactics from one paragraph) show them once,
 * after the last of them, saying for how many. */
static void
append_items (GtkWidget        *box,
              FvSession        *session,
              const char       *heading,
              const FvCaseItem *items,
              guint             n_items,
              GPtrArray        *numbered)
{
  guint run = 0;

  if (n_items == 0)
    return;

  gtk_box_append (GTK_BOX (box), fv_fact_heading_new (heading));
  for (guint i = 0; i < n_items; i++)
    {
      const char *item = fv_session_text (session, &items[i].text);
      /* translators: an item of a bulleted list */
      g_autofree char *text = g_strdup_printf (_("• %s"), item);
      GtkWidget *refs;

      gtk_box_append (GTK_BOX (box), fv_fact_label_new (text, NULL));
      run++;
      if (i + 1 < n_items && same_references (&items[i].references, &items[i + 1].references))
        continue;

      refs = references_box_new (session, &items[i].references, NULL, numbered);
      if (run > 1)
        {
          /* translators: before the sources that several items of a list share */
          g_autofree char *shared = g_strdup_printf (ngettext ("For the %u item above:",
                                                               "For the %u items above:", run),
                                                     run);

          gtk_box_prepend (GTK_BOX (refs), fv_fact_label_new (shared, "reference"));
        }
      gtk_widget_set_margin_start (refs, 16);
      gtk_box_append (GTK_BOX (box), refs);
      run = 0;
    }
}

static const char *
heading_or (FvSession    *session,
            const FvText *heading,
            const char   *fallback)
{
  const char *text = heading->original != NULL ? fv_session_text (session, heading) : NULL;

  return text != NULL ? text : fallback;
}

GtkWidget *
fv_case_view_new (FvSession    *session,
                  const FvCase *c)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autoptr(GPtrArray) numbered = g_ptr_array_new ();

  /* Every source the case cites, numbered in the order a reader meets
   * them: the facts point into the list at the end. */
  fv_sources_collect (numbered, &c->references);
  for (guint i = 0; i < c->n_tactics; i++)
    fv_sources_collect (numbered, &c->tactics[i].references);
  for (guint i = 0; i < c->n_outcomes; i++)
    fv_sources_collect (numbered, &c->outcomes[i].references);
  for (guint i = 0; i < c->n_figures; i++)
    fv_sources_collect (numbered, &c->figures[i]->references);
  if (c->lesson.text.original != NULL)
    fv_sources_collect (numbered, &c->lesson.references);
  for (guint i = 0; i < c->n_events; i++)
    fv_sources_collect (numbered, &c->events[i]->references);
  for (guint i = 0; i < c->n_statements; i++)
    fv_sources_collect (numbered, &c->statements[i]->references);

  gtk_widget_add_css_class (box, "case");
  gtk_box_append (GTK_BOX (box), fv_fact_label_new (fv_session_text (session, &c->title),
                                                    "title-2"));
  gtk_box_append (GTK_BOX (box), fv_fact_label_new (fv_session_text (session, &c->place),
                                                    "dim-label"));
  gtk_box_append (GTK_BOX (box), fv_fact_label_new (fv_session_text (session, &c->summary), NULL));
  gtk_box_append (GTK_BOX (box), references_box_new (session, &c->references, NULL, numbered));

  if (c->subject != NULL)
    {
      gtk_box_append (GTK_BOX (box), fv_fact_heading_new (_("Who")));
      append_actor (box, session, c->subject);
    }

  /* The model's headings where it gives them: not every case is told by
   * its tactics and what came of them. */
  append_items (box, session, heading_or (session, &c->tactics_heading, _("Tactics")),
                c->tactics, c->n_tactics, numbered);
  append_items (box, session, heading_or (session, &c->outcomes_heading, _("What came of it")),
                c->outcomes, c->n_outcomes, numbered);

  for (guint i = 0; i < c->n_figures; i++)
    {
      g_autofree char *value = fv_format_figure_value (c->figures[i]);
      /* translators: a figure: its value, then its label: "$75 million: paid out …" */
      g_autofree char *text = g_strdup_printf (_("%s: %s"), value,
                                               fv_session_text (session, &c->figures[i]->label));

      if (i == 0)
        gtk_box_append (GTK_BOX (box), fv_fact_heading_new (_("The numbers")));
      gtk_box_append (GTK_BOX (box), fv_fact_label_new (text, "numeric-figure"));
      gtk_box_append (GTK_BOX (box), references_box_new (session, &c->figures[i]->references, NULL, numbered));
    }

  if (c->lesson.text.original != NULL)
    append_items (box, session,
                  heading_or (session, &c->lesson_heading, _("Why the story tells it")),
                  &c->lesson, 1, numbered);

  for (guint i = 0; i < c->n_events; i++)
    {
      g_autofree char *when = fv_format_event_date (c->events[i]);
      g_autofree char *text = g_strdup_printf (_("%s: %s"), when,
                                               fv_session_text (session, &c->events[i]->title));

      if (i == 0)
        gtk_box_append (GTK_BOX (box), fv_fact_heading_new (_("When")));
      gtk_box_append (GTK_BOX (box), fv_fact_label_new (text, NULL));
      gtk_box_append (GTK_BOX (box), references_box_new (session, &c->events[i]->references, NULL, numbered));
    }

  for (guint i = 0; i < c->n_statements; i++)
    {
      if (i == 0)
        gtk_box_append (GTK_BOX (box), fv_fact_heading_new (_("What was said")));
      gtk_box_append (GTK_BOX (box), fv_statement_card_new_numbered (session, c->statements[i], numbered));
    }

  gtk_box_append (GTK_BOX (box), fv_fact_heading_new (_("Sources")));
  gtk_box_append (GTK_BOX (box), fv_sources_list_new (session, numbered));

  return box;
}
