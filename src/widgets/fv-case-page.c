/* fv-case-page.c — the tab of the case study
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case study the model's case tab names, laid out for reading, under
 * the model's charts of this tab (its events beside the national ones).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-case-page.h"
#include "fv-chart-panel.h"
#include "fv-chart-view.h"
#include "fv-fact-widgets.h"
#include "fv-ui-resources.h"

struct _FvCasePage
{
  FvPage  parent_instance;

  /* template */
  GtkBox *charts;
  GtkBox *case_box;
};

G_DEFINE_FINAL_TYPE (FvCasePage, fv_case_page, FV_TYPE_PAGE)

static void
fv_case_page_clear (FvPage *page)
{
  FvCasePage *self = FV_CASE_PAGE (page);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->charts))) != NULL)
    gtk_box_remove (self->charts, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->case_box))) != NULL)
    gtk_box_remove (self->case_box, child);
}

static void
fv_case_page_rebuild (FvPage *page)
{
  FvCasePage *self = FV_CASE_PAGE (page);
  FvSession *session = fv_page_get_session (page);
  const FvCase *c = fv_model_get_tab_case (fv_session_get_model (session));

  fv_chart_panel_fill_box (self->charts, session, FV_TAB_CASE);
  if (c != NULL)
    gtk_box_append (self->case_box, fv_case_view_new (session, c));
  else
    gtk_box_append (self->case_box,
                    fv_fact_label_new (_("This fact model has no case study."), "dim-label"));
}

static void
fv_case_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FV_TYPE_CASE_PAGE);

  G_OBJECT_CLASS (fv_case_page_parent_class)->dispose (object);
}

static void
fv_case_page_class_init (FvCasePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_case_page_dispose;
  FV_PAGE_CLASS (klass)->rebuild = fv_case_page_rebuild;
  FV_PAGE_CLASS (klass)->clear = fv_case_page_clear;

  fv_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/fv-case-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FvCasePage, charts);
  gtk_widget_class_bind_template_child (widget_class, FvCasePage, case_box);
}

static void
fv_case_page_init (FvCasePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

