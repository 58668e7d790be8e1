/* fv-case-view.c — a court case laid out for reading
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case tab's text: the case's own facts (its tactics, outcomes,
 * figures and lesson), its events as rows to select, what was said, and
 * the sources they cite, numbered once for the tab. Built of the facts'
 * widgets (fv-fact-widgets.c).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-case-view.h"
#include "fv-fact-widgets.h"
#include "fv-format.h"

/* Whom a figure is about and who reported it: two roles, each named. */
static void
append_figure_roles (GtkWidget      *box,
                     FvSession      *session,
                     const FvFigure *figure)
{
  if (figure->subject != NULL)
    {
      /* translators: whom or what a figure is about: "About: State of Michigan" */
      g_autofree char *text = g_strdup_printf (C_("figure", "About: %s"),
                                               fv_session_text (session, &figure->subject->name));
      gtk_box_append (GTK_BOX (box), fv_fact_label_new (text, "dim-label"));
    }
  if (figure->actor != NULL)
    {
      /* translators: who found or reported a figure */
      g_autofree char *text = g_strdup_printf (_("Reported by: %s"),
                                               fv_session_text (session, &figure->actor->name));
      gtk_box_append (GTK_BOX (box), fv_fact_label_new (text, "dim-label"));
    }
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

      refs = fv_references_box_new (session, &items[i].references, NULL, numbered);
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

/* The case study laid out for reading; its events, when it has any, in
 * a list of a row each in the case's order (the row's index is the
 * event's), put in @events. */
GtkWidget *
fv_case_view_new (FvSession     *session,
                  const FvCase  *c,
                  GtkListBox   **events)
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

  if (events != NULL)
    *events = NULL;

  gtk_widget_add_css_class (box, "case");
  gtk_box_append (GTK_BOX (box), fv_fact_label_new (fv_session_text (session, &c->title),
                                                    "title-2"));
  gtk_box_append (GTK_BOX (box), fv_fact_label_new (fv_session_text (session, &c->place),
                                                    "dim-label"));
  gtk_box_append (GTK_BOX (box), fv_fact_label_new (fv_session_text (session, &c->summary), NULL));
  gtk_box_append (GTK_BOX (box), fv_references_box_new (session, &c->references, NULL, numbered));

  if (c->subject != NULL)
    {
      gtk_box_append (GTK_BOX (box), fv_fact_heading_new (_("Who")));
      fv_fact_append_actor (box, session, c->subject);
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
      append_figure_roles (box, session, c->figures[i]);
      gtk_box_append (GTK_BOX (box), fv_references_box_new (session, &c->figures[i]->references,
                                                         NULL, numbered));
    }

  if (c->lesson.text.original != NULL)
    append_items (box, session,
                  heading_or (session, &c->lesson_heading, _("Why the story tells it")),
                  &c->lesson, 1, numbered);

  /* The case's events, each a row to select: its detail shows beside. */
  if (c->n_events > 0)
    {
      GtkWidget *list = gtk_list_box_new ();

      gtk_box_append (GTK_BOX (box), fv_fact_heading_new (_("When")));
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_SINGLE);
      gtk_widget_add_css_class (list, "case-events");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Events of the case"), -1);
      for (guint i = 0; i < c->n_events; i++)
        {
          g_autofree char *when = fv_format_event_date (c->events[i]);
          g_autofree char *text = g_strdup_printf (_("%s: %s"), when,
                                                   fv_model_event_title (
                                                     fv_session_get_model (session), c->events[i],
                                                     fv_session_get_languages (session)));
          GtkWidget *row = gtk_list_box_row_new ();
          GtkWidget *row_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
          GtkWidget *label = fv_fact_label_new (text, NULL);

          /* A click on the row selects the event, not the text. */
          gtk_label_set_selectable (GTK_LABEL (label), FALSE);
          gtk_box_append (GTK_BOX (row_box), label);
          gtk_box_append (GTK_BOX (row_box),
                          fv_references_box_new (session, &c->events[i]->references, NULL,
                                              numbered));
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), row_box);
          gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          text, -1);
          gtk_list_box_append (GTK_LIST_BOX (list), row);
        }
      gtk_box_append (GTK_BOX (box), list);
      if (events != NULL)
        *events = GTK_LIST_BOX (list);
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
