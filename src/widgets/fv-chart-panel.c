/* fv-chart-panel.c — a chart, or its data as a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One of the two is shown at a time: a toggle at the panel's corner, or
 * Ctrl+T through the window, switches. Which one is the chart's state in
 * the session ("table-shown"), so that a reload keeps it and every panel of
 * the chart agrees.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-chart-panel.h"
#include "fv-chart-table.h"
#include "fv-chart-view.h"
#include "fv-fact-widgets.h"

struct _FvChartPanel
{
  GtkWidget        parent_instance;

  FvSession       *session;
  const FvChart   *chart;
  GtkWidget       *overlay;
  GtkWidget       *body;         /* the stack, and under it the language's note */
  GtkStack        *stack;
  GtkWidget       *chart_view;
  GtkWidget       *table;        /* made when first shown */
  GtkToggleButton *toggle;       /* bound to the chart's state */
};

G_DEFINE_FINAL_TYPE (FvChartPanel, fv_chart_panel, GTK_TYPE_WIDGET)

static void
update_toggle (FvChartPanel *self)
{
  gboolean table = gtk_toggle_button_get_active (self->toggle);

  gtk_button_set_icon_name (GTK_BUTTON (self->toggle),
                            table ? "x-office-presentation-symbolic" : "view-list-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->toggle),
                               table ? _("Show as a Chart (Ctrl+T)") : _("Show as a Table (Ctrl+T)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Show as a Table"), -1);
}

static void
on_toggled (FvChartPanel *self)
{
  gboolean table = gtk_toggle_button_get_active (self->toggle);
  gboolean had_focus = gtk_widget_has_focus (self->chart_view) ||
                       (self->table != NULL &&
                        gtk_widget_get_focus_child (self->table) != NULL);

  if (table && self->table == NULL)
    {
      self->table = fv_chart_table_new (self->session, self->chart);
      gtk_stack_add_named (self->stack, self->table, "table");
    }
  gtk_stack_set_visible_child (self->stack, table ? self->table : self->chart_view);
  update_toggle (self);
  if (had_focus)
    gtk_widget_grab_focus (table ? self->table : self->chart_view);
}

static void
fv_chart_panel_dispose (GObject *object)
{
  FvChartPanel *self = FV_CHART_PANEL (object);

  g_clear_pointer (&self->overlay, gtk_widget_unparent);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (fv_chart_panel_parent_class)->dispose (object);
}

/* Tab reaches the chart (or its table), then its toggle: GTK would take
 * them in the order they stand on screen, the toggle in the corner
 * first, ahead of what it acts on. Shift+Tab the other way round. */
static gboolean
fv_chart_panel_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  FvChartPanel *self = FV_CHART_PANEL (widget);
  GtkWidget *order[2];
  GtkWidget *inside;
  guint first = 0;

  if (self->overlay == NULL)
    return FALSE;
  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return gtk_widget_child_focus (self->overlay, direction);

  order[0] = direction == GTK_DIR_TAB_FORWARD ? self->body : GTK_WIDGET (self->toggle);
  order[1] = direction == GTK_DIR_TAB_FORWARD ? GTK_WIDGET (self->toggle) : self->body;

  /* From inside one of them: on within it, else to the next. */
  inside = gtk_widget_get_focus_child (self->overlay);
  if (inside != NULL)
    {
      if (gtk_widget_child_focus (inside, direction))
        return TRUE;
      first = inside == order[0] ? 1 : 2;
    }
  for (guint i = first; i < G_N_ELEMENTS (order); i++)
    if (gtk_widget_child_focus (order[i], direction))
      return TRUE;

  return FALSE;
}

static void
fv_chart_panel_class_init (FvChartPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_chart_panel_dispose;
  widget_class->focus = fv_chart_panel_focus;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fv_chart_panel_init (FvChartPanel *self)
{
}

/**
 * fv_chart_panel_new:
 *
 * Returns: @chart (a chart of @session's model), with the toggle that shows
 *   its data as a table instead
 */
GtkWidget *
fv_chart_panel_new (FvSession     *session,
                    const FvChart *chart)
{
  FvChartPanel *self;

  g_return_val_if_fail (FV_IS_SESSION (session), NULL);
  g_return_val_if_fail (chart != NULL, NULL);

  self = g_object_new (FV_TYPE_CHART_PANEL, NULL);
  self->session = g_object_ref (session);
  self->chart = chart;

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  self->chart_view = fv_chart_view_new (session, chart->id);
  gtk_stack_add_named (self->stack, self->chart_view, "chart");

  self->toggle = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  gtk_widget_set_halign (GTK_WIDGET (self->toggle), GTK_ALIGN_END);
  gtk_widget_set_valign (GTK_WIDGET (self->toggle), GTK_ALIGN_START);
  gtk_widget_set_margin_top (GTK_WIDGET (self->toggle), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self->toggle), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self->toggle), "flat");
  g_signal_connect_swapped (self->toggle, "toggled", G_CALLBACK (on_toggled), self);
  update_toggle (self);
  {
    FvChartViewState *state = fv_session_get_chart_state (session, chart->id);

    if (state != NULL)
      g_object_bind_property (state, "table-shown", self->toggle, "active",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  }

  /* A title and a subtitle not in the language asked for are drawn
   * together in the model's, and said so under the chart. */
  self->body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (self->body), GTK_WIDGET (self->stack));
  {
    GtkWidget *note = fv_language_note_new (session, fv_chart_get_language (
                                              fv_session_get_model (session), chart,
                                              fv_session_get_languages (session)));

    if (note != NULL)
      {
        gtk_widget_set_margin_start (note, 12);
        gtk_widget_set_margin_end (note, 12);
        gtk_widget_set_margin_bottom (note, 6);
        gtk_box_append (GTK_BOX (self->body), note);
      }
  }

  self->overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (self->overlay), self->body);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), GTK_WIDGET (self->toggle));
  gtk_widget_set_parent (self->overlay, GTK_WIDGET (self));

  return GTK_WIDGET (self);
}

/**
 * fv_chart_panel_fill_box:
 * @box: a box to hold the charts
 * @tab: the tab they are shown in
 *
 * Puts a view of each of the session's charts for @tab in @box, instead of
 * what it held, and shows @box only when there is one.
 *
 * Returns: how many there are
 */
guint
fv_chart_panel_fill_box (GtkBox    *box,
                         FvSession *session,
                        FvTab      tab)
{
  FvModel *model = fv_session_get_model (session);
  GtkWidget *child;
  guint n = 0;

  g_return_val_if_fail (GTK_IS_BOX (box), 0);
  g_return_val_if_fail (FV_IS_SESSION (session), 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);

  for (guint i = 0; model != NULL && i < fv_model_get_n_charts (model); i++)
    {
      const FvChart *chart = fv_model_get_chart (model, i);

      if (chart->tab == tab)
        {
          GtkWidget *view = fv_chart_panel_new (session, chart);

          /* The case's charts stand above text that scrolls, at a height
           * of their own; the others share their tab with a list, in a
           * pane the person resizes, and fill it (a chart draws at any
           * height down to the floor style.css sets). */
          if (tab == FV_TAB_CASE)
            gtk_widget_set_size_request (view, -1, 360);
          else
            gtk_widget_set_vexpand (view, TRUE);
          gtk_box_append (box, view);
          n++;
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (box), n > 0);

  return n;
}
