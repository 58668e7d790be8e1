/* fv-chart-panel.c — a chart, or its data as a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One of the two is shown at a time: a toggle at the panel's corner, or
 * Ctrl+T through the window, switches. Which one is the chart's state in
 * the session ("table-shown"), so that a reload keeps it and every panel of
 * the chart agrees. Beside the toggle, a timeline has buttons that zoom it
 * as its keys do, for a hand that has no wheel, no touchpad, or no idea of
 * the keys; each insensitive while it would change nothing.
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
  GtkWidget       *controls;     /* the zoom buttons, then the toggle */
  GtkWidget       *zoom[3];      /* by FvChartZoom; NULL but for a timeline */
};

G_DEFINE_FINAL_TYPE (FvChartPanel, fv_chart_panel, GTK_TYPE_WIDGET)

/* Between the chart's title and the buttons over its corner. */
#define CONTROLS_GAP 6

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

/* Each zoom button sensitive while it would change the time shown, and
 * shown with the chart only (the table lists all of the chart's marks). A
 * button that had the focus and can no longer act hands it to one that
 * can, else to the chart, so that the keyboard is never left nowhere. */
static void
update_zoom (FvChartPanel *self)
{
  FvChartView *view = FV_CHART_VIEW (self->chart_view);
  gboolean table = gtk_toggle_button_get_active (self->toggle);
  GtkWidget *focus = NULL, *next = NULL;

  if (self->zoom[0] == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (self->zoom); i++)
    {
      gboolean can = fv_chart_view_can_zoom (view, i);

      if (!can && gtk_widget_has_focus (self->zoom[i]))
        focus = self->zoom[i];
      else if (can && next == NULL)
        next = self->zoom[i];
      gtk_widget_set_sensitive (self->zoom[i], can);
      gtk_widget_set_visible (self->zoom[i], !table);
    }
  if (focus != NULL)
    gtk_widget_grab_focus (next != NULL ? next : self->chart_view);
}

static void
on_zoom_clicked (GtkButton    *button,
                 FvChartPanel *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->zoom); i++)
    if (GTK_WIDGET (button) == self->zoom[i])
      fv_chart_view_zoom (FV_CHART_VIEW (self->chart_view), i);
}

static GtkWidget *
zoom_button_new (FvChartPanel *self,
                 const char   *icon,
                 const char   *name,
                 const char   *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_signal_connect (button, "clicked", G_CALLBACK (on_zoom_clicked), self);
  return button;
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
  update_zoom (self);
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

/* Tab reaches the chart (or its table), then its zoom buttons, then its
 * toggle: GTK would take them in the order they stand on screen, the
 * buttons in the corner first, ahead of what they act on. Shift+Tab the
 * other way round. */
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

  order[0] = direction == GTK_DIR_TAB_FORWARD ? self->body : self->controls;
  order[1] = direction == GTK_DIR_TAB_FORWARD ? self->controls : self->body;

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
fv_chart_panel_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  FvChartPanel *self = FV_CHART_PANEL (widget);

  if (self->overlay != NULL)
    gtk_widget_measure (self->overlay, orientation, for_size, minimum, natural,
                        minimum_baseline, natural_baseline);
}

/* The buttons stand over the chart's top right corner: the chart keeps
 * its title and subtitle clear of the room they take (their margins
 * included), and a gap. The chart is at the panel's top left. */
static void
fv_chart_panel_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  FvChartPanel *self = FV_CHART_PANEL (widget);
  int controls_width, controls_height;

  if (self->overlay == NULL)
    return;
  gtk_widget_measure (self->controls, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &controls_width,
                      NULL, NULL);
  gtk_widget_measure (self->controls, GTK_ORIENTATION_VERTICAL, controls_width, NULL,
                      &controls_height, NULL, NULL);
  fv_chart_view_set_title_inset (FV_CHART_VIEW (self->chart_view),
                                 controls_width + CONTROLS_GAP, controls_height + CONTROLS_GAP);
  gtk_widget_allocate (self->overlay, width, height, baseline, NULL);
}

static void
fv_chart_panel_class_init (FvChartPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_chart_panel_dispose;
  widget_class->focus = fv_chart_panel_focus;
  widget_class->measure = fv_chart_panel_measure;
  widget_class->size_allocate = fv_chart_panel_size_allocate;
}

static void
fv_chart_panel_init (FvChartPanel *self)
{
}

/**
 * fv_chart_panel_new:
 *
 * Returns: @chart (a chart of @session's model), with the toggle that shows
 *   its data as a table instead, and a timeline's zoom buttons
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

  /* In the corner, in the order Tab takes them: zoom out, in, the whole
   * timeline, then the table. */
  self->controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  gtk_widget_set_halign (self->controls, GTK_ALIGN_END);
  gtk_widget_set_valign (self->controls, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->controls, 6);
  gtk_widget_set_margin_end (self->controls, 6);
  if (chart->type == FV_CHART_TIMELINE)
    {
      /* translators: a button's name, then its tooltip, where + is the key that does the same */
      self->zoom[FV_CHART_ZOOM_IN] = zoom_button_new (self, "zoom-in-symbolic", _("Zoom In"),
                                                      _("Zoom In (+)"));
      /* translators: a button's name, then its tooltip, where - is the key that does the same */
      self->zoom[FV_CHART_ZOOM_OUT] = zoom_button_new (self, "zoom-out-symbolic", _("Zoom Out"),
                                                       _("Zoom Out (-)"));
      /* translators: a button's name, then its tooltip, where 0 is the key that does the same */
      self->zoom[FV_CHART_ZOOM_ALL] = zoom_button_new (self, "zoom-fit-best-symbolic",
                                                       _("Show the Whole Timeline"),
                                                       _("Show the Whole Timeline (0)"));
      gtk_box_append (GTK_BOX (self->controls), self->zoom[FV_CHART_ZOOM_OUT]);
      gtk_box_append (GTK_BOX (self->controls), self->zoom[FV_CHART_ZOOM_IN]);
      gtk_box_append (GTK_BOX (self->controls), self->zoom[FV_CHART_ZOOM_ALL]);
    }
  self->toggle = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->toggle), "flat");
  gtk_box_append (GTK_BOX (self->controls), GTK_WIDGET (self->toggle));
  g_signal_connect_swapped (self->toggle, "toggled", G_CALLBACK (on_toggled), self);
  update_toggle (self);
  {
    FvChartViewState *state = fv_session_get_chart_state (session, chart->id);

    if (state != NULL)
      {
        g_object_bind_property (state, "table-shown", self->toggle, "active",
                                G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
        /* A zoom here, in another view of the chart, or a reload's. */
        g_signal_connect_object (state, "notify::from-day", G_CALLBACK (update_zoom), self,
                                 G_CONNECT_SWAPPED);
        g_signal_connect_object (state, "notify::to-day", G_CALLBACK (update_zoom), self,
                                 G_CONNECT_SWAPPED);
      }
    update_zoom (self);
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
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), self->controls);
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
