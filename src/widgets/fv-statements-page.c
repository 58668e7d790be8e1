/* fv-statements-page.c — the tab of what the people of the story said
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card for each statement, each with who speaks: the lead actors' first
 * (the model names them) under their names, then the other voices under a
 * heading of their own, each group in the model's order; then the model's
 * charts of this tab (the survey), which speak about what was said.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-chart-panel.h"
#include "fv-chart-view.h"
#include "fv-fact-list.h"
#include "fv-fact-widgets.h"
#include "fv-format.h"
#include "fv-statements-page.h"
#include "fv-ui-resources.h"

struct _FvStatementsPage
{
  FvPage          parent_instance;

  FvFactList     *statements;
  char           *lead_heading;  /* the lead actors' names, or NULL: no headings */
  GPtrArray      *sources;       /* what the statements cite, numbered, first cited first */
  GtkWidget      *sources_list;  /* and their list, under the statements */

  /* template */
  GtkLabel       *subtitle;
  GtkBox         *charts;
  GtkListView    *statement_list;
  GtkWidget      *list_scroller;
  AdwStatusPage  *no_match_label;
  GtkNoSelection *selection;
};

G_DEFINE_FINAL_TYPE (FvStatementsPage, fv_statements_page, FV_TYPE_PAGE)

static gboolean
is_lead (FvStatementsPage  *self,
         const FvStatement *statement)
{
  FvModel *model = fv_session_get_model (fv_page_get_session (FV_PAGE (self)));

  return fv_model_is_lead_actor (model, statement->actor);
}

/* A card made afresh for each row shown: cards differ in what they hold,
 * and only the rows on screen exist. The first card of each group (of
 * those the search leaves) carries the group's heading. */
static void
bind_statement_row (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    FvStatementsPage         *self)
{
  FvFactObject *object = gtk_list_item_get_item (item);
  const FvStatement *statement = fv_fact_object_get_fact (object);
  guint position = gtk_list_item_get_position (item);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *card = fv_statement_card_new_numbered (fv_page_get_session (FV_PAGE (self)),
                                                    statement, self->sources);
  gboolean lead = is_lead (self, statement);
  gboolean first = position == 0;

  if (!first)
    {
      g_autoptr(FvFactObject) previous = g_list_model_get_item (G_LIST_MODEL (self->statements),
                                                                position - 1);

      first = previous == NULL || is_lead (self, fv_fact_object_get_fact (previous)) != lead;
    }
  if (first && self->lead_heading != NULL)
    {
      GtkWidget *heading = fv_fact_heading_new (lead ? self->lead_heading
                                                     /* translators: in the statements tab,
                                                      * above the statements of all but the
                                                      * story's lead actors */
                                                     : _("Other voices"));

      gtk_widget_add_css_class (heading, "title-4");
      gtk_box_append (GTK_BOX (row), heading);
    }
  gtk_box_append (GTK_BOX (row), card);

  gtk_widget_set_margin_start (row, 24);
  gtk_widget_set_margin_end (row, 24);
  gtk_list_item_set_child (item, row);
}

static void
unbind_statement_row (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      FvStatementsPage         *self)
{
  gtk_list_item_set_child (item, NULL);
}

static void
fv_statements_page_clear (FvPage *page)
{
  FvStatementsPage *self = FV_STATEMENTS_PAGE (page);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->charts))) != NULL)
    gtk_box_remove (self->charts, child);
  gtk_no_selection_set_model (self->selection, NULL);
  g_clear_object (&self->statements);
  g_clear_pointer (&self->lead_heading, g_free);
  if (self->sources_list != NULL)
    gtk_box_remove (GTK_BOX (gtk_widget_get_parent (self->sources_list)), self->sources_list);
  self->sources_list = NULL;
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), FALSE);
}

static void
update_no_match (FvStatementsPage *self)
{
  fv_page_show_no_match (FV_PAGE (self), self->list_scroller, self->no_match_label,
                         g_list_model_get_n_items (G_LIST_MODEL (self->statements)),
                         /* translators: in place of the statements; %s is what was searched for */
                         _("No statement matches “%s”"));
}

static void
fv_statements_page_rebuild (FvPage *page)
{
  FvStatementsPage *self = FV_STATEMENTS_PAGE (page);
  FvSession *session = fv_page_get_session (page);
  FvModel *model = fv_session_get_model (session);
  GPtrArray *statements = fv_model_get_statements_lead_first (model);
  const FvText *subtitle = fv_model_get_tab_subtitle (model, FV_TAB_STATEMENTS);
  g_autofree char *subtitle_text = fv_text_clip (fv_session_text (session, subtitle),
                                                 FV_LABEL_MAX_CHARS);

  /* What the tab holds, when its title does not say it all. */
  gtk_label_set_text (self->subtitle, subtitle_text != NULL ? subtitle_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), subtitle_text != NULL);
  fv_chart_panel_fill_box (self->charts, session, FV_TAB_STATEMENTS);

  /* Headings where the model names lead actors who speak: their names,
   * then "Other voices" (when there are others). */
  {
    g_autoptr(GPtrArray) lead = fv_model_get_speaking_lead_actors (model);
    g_autoptr(GPtrArray) names = g_ptr_array_new ();

    for (guint i = 0; i < lead->len; i++)
      g_ptr_array_add (names, (gpointer) fv_session_text (session, &((const FvActor *)
                                                                      lead->pdata[i])->name));
    g_clear_pointer (&self->lead_heading, g_free);
    if (names->len > 0)
      self->lead_heading = fv_format_list ((const char * const *) names->pdata, names->len);
  }

  /* The sources, once, under the statements: each card points into the
   * list ("[1] paragraph 5") instead of writing a story's title, link and
   * date of reading again, twenty times on a tab of one story. Folded
   * away, so that the statements keep their room. */
  self->sources = g_ptr_array_new ();
  for (guint i = 0; i < statements->len; i++)
    fv_sources_collect (self->sources,
                        &((const FvStatement *) g_ptr_array_index (statements, i))->references);
  if (self->sources->len > 0)
    {
      /* translators: folds out the list of the sources the statements cite */
      g_autofree char *label = g_strdup_printf (_("Sources (%u)"), self->sources->len);

      self->sources_list = gtk_expander_new (label);
      gtk_expander_set_child (GTK_EXPANDER (self->sources_list),
                              fv_sources_list_new (session, self->sources));
      gtk_widget_set_margin_start (self->sources_list, 24);
      gtk_widget_set_margin_end (self->sources_list, 24);
      gtk_widget_set_margin_top (self->sources_list, 6);
      gtk_widget_set_margin_bottom (self->sources_list, 6);
      gtk_box_append (GTK_BOX (gtk_widget_get_parent (self->list_scroller)), self->sources_list);
    }

  self->statements = fv_fact_list_new (model, statements);
  fv_fact_list_set_filter (self->statements, fv_session_get_statement_matches (session));
  gtk_no_selection_set_model (self->selection, G_LIST_MODEL (self->statements));
  update_no_match (self);
}

static void
fv_statements_page_session_notify (FvPage     *page,
                                   GParamSpec *pspec)
{
  FvStatementsPage *self = FV_STATEMENTS_PAGE (page);

  if (self->statements != NULL && g_str_equal (g_param_spec_get_name (pspec), "statement-matches"))
    {
      fv_fact_list_set_filter (self->statements,
                               fv_session_get_statement_matches (fv_page_get_session (page)));
      /* The rows again: which card is first of its group has changed. */
      gtk_no_selection_set_model (self->selection, NULL);
      gtk_no_selection_set_model (self->selection, G_LIST_MODEL (self->statements));
      update_no_match (self);
    }
}

static void
fv_statements_page_dispose (GObject *object)
{
  FvStatementsPage *self = (FvStatementsPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), FV_TYPE_STATEMENTS_PAGE);
  g_clear_object (&self->statements);
  g_clear_pointer (&self->lead_heading, g_free);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  self->sources_list = NULL;

  G_OBJECT_CLASS (fv_statements_page_parent_class)->dispose (object);
}

/* The first statement shown (with a search, the first found). */
static void
fv_statements_page_focus_first (FvPage *page)
{
  FvStatementsPage *self = FV_STATEMENTS_PAGE (page);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->statement_list), "list.scroll-to-item", "u", 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->statement_list));
}

static void
fv_statements_page_class_init (FvStatementsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FvPageClass *page_class = FV_PAGE_CLASS (klass);

  object_class->dispose = fv_statements_page_dispose;
  page_class->rebuild = fv_statements_page_rebuild;
  page_class->clear = fv_statements_page_clear;
  page_class->session_notify = fv_statements_page_session_notify;
  page_class->focus_first = fv_statements_page_focus_first;

  fv_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fv-statements-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FvStatementsPage, subtitle);
  gtk_widget_class_bind_template_child (widget_class, FvStatementsPage, charts);
  gtk_widget_class_bind_template_child (widget_class, FvStatementsPage, statement_list);
  gtk_widget_class_bind_template_child (widget_class, FvStatementsPage, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, FvStatementsPage, no_match_label);
  gtk_widget_class_bind_template_child (widget_class, FvStatementsPage, selection);
  gtk_widget_class_bind_template_callback (widget_class, bind_statement_row);
  gtk_widget_class_bind_template_callback (widget_class, unbind_statement_row);
}

static void
fv_statements_page_init (FvStatementsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
