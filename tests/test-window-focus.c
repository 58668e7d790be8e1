/* test-window-focus.c — where Tab goes in the window, and that it shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tab is what GtkWindow's key binding does: gtk_widget_child_focus() on
 * the window. From the header bar, Tab reaches the chart, its zoom
 * buttons that can act, its "show as a table" button, the list, the detail
 * pane and its links, and comes back to the header bar; Shift+Tab walks
 * the same stops the other way. The zoom buttons zoom as the chart's keys
 * do, and are insensitive (no stop) while they would change nothing. The
 * stops that are not a control of their own (the chart, the detail pane)
 * show the focus with a ring. (tests/check-a11y.py walks the same with a
 * screen reader's eyes.)
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fv-chart-panel.h"
#include "fv-chart-view.h"
#include "fv-chart-view-state.h"
#include "fv-timeline-page.h"
#include "fv-ui-resources.h"
#include "fv-window.h"
#include "fv-test-window.h"

/* A story with a timeline chart and a source on the web (a link). */
static FvWindow *
window_with_story (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good",
                                                 "other-story.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = fv_model_new_from_file (file, NULL, NULL, &error);
  FvWindow *window = fv_window_new (NULL);

  g_assert_no_error (error);

  fv_window_set_model (window, model);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 2000 && gtk_widget_get_width (GTK_WIDGET (window)) == 0; i++)
    g_main_context_iteration (NULL, FALSE);
  iterate (100);

  return window;
}

static void
destroy (FvWindow *window)
{
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_until_finalized (&weak);
}

/* The parts of the timeline's tab a Tab should reach. */
typedef struct
{
  GtkWidget *header;
  GtkWidget *open;
  GtkWidget *intro;
  GtkWidget *chart;
  GtkWidget *zoom_out;
  GtkWidget *zoom_in;
  GtkWidget *zoom_all;
  GtkWidget *toggle;
  GtkWidget *list;
  GtkWidget *detail;
  GtkWidget *link;
} Parts;

/* The button under WIDGET that shows ICON. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *icon)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)),
                                           icon) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, icon);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
find_parts (FvWindow *window,
            Parts    *parts)
{
  GtkWidget *page = find_widget (GTK_WIDGET (window), FV_TYPE_TIMELINE_PAGE);
  GtkWidget *panel = find_widget (page, FV_TYPE_CHART_PANEL);

  parts->header = find_widget (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  parts->open = find_widget (parts->header, GTK_TYPE_BUTTON);
  parts->intro = GTK_WIDGET (fv_timeline_page_get_intro (FV_TIMELINE_PAGE (page)));
  parts->chart = find_widget (panel, FV_TYPE_CHART_VIEW);
  parts->zoom_out = find_button (panel, "zoom-out-symbolic");
  parts->zoom_in = find_button (panel, "zoom-in-symbolic");
  parts->zoom_all = find_button (panel, "zoom-fit-best-symbolic");
  parts->toggle = find_widget (panel, GTK_TYPE_TOGGLE_BUTTON);
  parts->list = find_widget (page, GTK_TYPE_LIST_VIEW);
  parts->detail = gtk_paned_get_end_child (GTK_PANED (gtk_widget_get_ancestor (parts->list,
                                                                               GTK_TYPE_PANED)));
  parts->link = find_widget (parts->detail, GTK_TYPE_LINK_BUTTON);
  g_assert_nonnull (parts->open);
  g_assert_nonnull (parts->chart);
  g_assert_nonnull (parts->zoom_out);
  g_assert_nonnull (parts->zoom_in);
  g_assert_nonnull (parts->zoom_all);
  g_assert_nonnull (parts->toggle);
  g_assert_nonnull (parts->list);
  g_assert_true (GTK_IS_SCROLLED_WINDOW (parts->detail));
}

/* The first event whose detail has a link (a source on the web) selected. */
static void
select_event_with_link (FvWindow *window)
{
  GtkListView *list = GTK_LIST_VIEW (find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (list));
  Parts parts;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      gtk_single_selection_set_selected (selection, i);
      iterate (5);
      find_parts (window, &parts);
      if (parts.link != NULL)
        return;
    }
  g_assert_not_reached ();
}

static GtkWidget *
focus_of (FvWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* Where each Tab in DIRECTION lands, from the focus there is, until it is
 * back where it started (or 60 stops: a loop that never comes back). */
static GPtrArray *
walk (FvWindow         *window,
      GtkDirectionType  direction)
{
  GPtrArray *stops = g_ptr_array_new ();
  GtkWidget *start = focus_of (window);

  for (guint i = 0; i < 60; i++)
    {
      GtkWidget *focus;

      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), direction));
      focus = focus_of (window);
      g_assert_nonnull (focus);
      g_ptr_array_add (stops, focus);
      if (focus == start)
        break;
    }
  g_assert_true (stops->len > 0 && g_ptr_array_index (stops, stops->len - 1) == start);

  return stops;
}

/* The first stop at or under WIDGET, or -1. */
static int
stop_in (GPtrArray *stops,
         GtkWidget *widget)
{
  for (guint i = 0; i < stops->len; i++)
    {
      GtkWidget *stop = g_ptr_array_index (stops, i);

      if (stop == widget || gtk_widget_is_ancestor (stop, widget))
        return (int) i;
    }
  return -1;
}

static void
test_tab_walk (void)
{
  FvWindow *window = window_with_story ();
  g_autoptr(GPtrArray) forward = NULL;
  g_autoptr(GPtrArray) backward = NULL;
  Parts parts;
  int chart, zoom_in, toggle, list, detail, link;

  /* An event selected whose detail has links. */
  select_event_with_link (window);
  iterate (20);
  find_parts (window, &parts);

  g_assert_true (gtk_widget_grab_focus (parts.open));
  forward = walk (window, GTK_DIR_TAB_FORWARD);
  chart = stop_in (forward, parts.chart);
  zoom_in = stop_in (forward, parts.zoom_in);
  toggle = stop_in (forward, parts.toggle);
  list = stop_in (forward, parts.list);
  detail = stop_in (forward, parts.detail);
  link = stop_in (forward, parts.link);
  g_test_message ("%u stops: the chart at %d, its zoom in %d, its toggle %d, the list %d, "
                  "the detail %d, its first link %d", forward->len, chart, zoom_in, toggle,
                  list, detail, link);

  /* In that order, each once, past the header bar's controls and the
   * introduction. The whole timeline shown, it can be zoomed in, not out. */
  g_assert_cmpint (chart, >, 0);
  g_assert_cmpint (zoom_in, ==, chart + 1);
  g_assert_cmpint (stop_in (forward, parts.zoom_out), ==, -1);
  g_assert_cmpint (stop_in (forward, parts.zoom_all), ==, -1);
  g_assert_cmpint (toggle, ==, zoom_in + 1);
  g_assert_cmpint (list, ==, toggle + 1);
  /* The detail pane: its links (GtkScrolledWindow is a stop of its own
   * only while nothing in it can take the focus: see test_focus_ring). */
  g_assert_cmpint (detail, ==, list + 1);
  g_assert_cmpint (link, ==, detail);
  /* Before the chart: the header bar's controls, then the story's
   * introduction above the timeline. */
  g_assert_cmpint (stop_in (forward, parts.intro), >, 0);
  for (int i = 0; i < chart; i++)
    {
      GtkWidget *stop = g_ptr_array_index (forward, i);

      g_assert_true (gtk_widget_is_ancestor (stop, parts.header) ||
                     gtk_widget_is_ancestor (stop, parts.intro));
    }
  /* Round to the header bar: everything after the detail's links is the
   * header's, the last stop Open again. */
  for (guint i = link + 1; i < forward->len; i++)
    {
      GtkWidget *stop = g_ptr_array_index (forward, i);

      g_assert_true (stop == parts.open || gtk_widget_is_ancestor (stop, parts.detail) ||
                     gtk_widget_is_ancestor (stop, parts.header));
    }

  /* Shift+Tab: the same stops, the other way round. */
  backward = walk (window, GTK_DIR_TAB_BACKWARD);
  g_assert_cmpuint (backward->len, ==, forward->len);
  for (guint i = 0; i + 1 < forward->len; i++)
    g_assert_true (g_ptr_array_index (backward, i) ==
                   g_ptr_array_index (forward, forward->len - 2 - i));

  destroy (window);
}

/* Presses KEYVAL on WIDGET's own key controllers, as GTK would. */
static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

static FvChartViewState *
state_of (FvWindow *window)
{
  GtkWidget *chart = find_widget (GTK_WIDGET (window), FV_TYPE_CHART_VIEW);
  g_autoptr(FvSession) session = NULL;

  g_object_get (chart, "session", &session, NULL);
  return fv_session_get_chart_state (session, fv_chart_view_get_chart (FV_CHART_VIEW (chart))->id);
}

typedef struct
{
  double from, to;
} Shown;

static Shown
shown (FvWindow *window)
{
  FvChartViewState *state = state_of (window);

  return (Shown) { fv_chart_view_state_get_from_day (state),
                   fv_chart_view_state_get_to_day (state) };
}

static void
assert_sensitive (Parts    *parts,
                  gboolean  zoom_out,
                  gboolean  zoom_in,
                  gboolean  zoom_all)
{
  g_assert_cmpint (gtk_widget_get_sensitive (parts->zoom_out), ==, zoom_out);
  g_assert_cmpint (gtk_widget_get_sensitive (parts->zoom_in), ==, zoom_in);
  g_assert_cmpint (gtk_widget_get_sensitive (parts->zoom_all), ==, zoom_all);
}

/* A click on BUTTON, which a person can click only while it is sensitive
 * (gtk_widget_activate() would click it after a delay, as Space does). */
static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

/* The zoom buttons change the time shown as the keys +, - and 0 do, to
 * the day; each is sensitive while it would change something, and a
 * button that can no longer act hands the focus to one that can. Zoomed,
 * Tab reaches all three between the chart and its table button. */
static void
test_zoom_buttons (void)
{
  FvWindow *window = window_with_story ();
  g_autoptr(GPtrArray) forward = NULL;
  Parts parts;
  Shown by_key, by_button;
  int chart;
  guint clicks;

  find_parts (window, &parts);
  g_assert_true (gtk_widget_get_visible (parts.zoom_in));
  g_assert_false (fv_chart_view_state_is_zoomed (state_of (window)));
  assert_sensitive (&parts, FALSE, TRUE, FALSE);

  /* In: as +. */
  g_assert_true (press_key (parts.chart, GDK_KEY_plus));
  by_key = shown (window);
  g_assert_cmpfloat (by_key.to, >, by_key.from);
  g_assert_true (press_key (parts.chart, GDK_KEY_0));
  g_assert_false (fv_chart_view_state_is_zoomed (state_of (window)));
  click (parts.zoom_in);
  by_button = shown (window);
  g_assert_cmpfloat (by_button.from, ==, by_key.from);
  g_assert_cmpfloat (by_button.to, ==, by_key.to);
  assert_sensitive (&parts, TRUE, TRUE, TRUE);

  /* Out: as -, from twice in. */
  click (parts.zoom_in);
  g_assert_true (press_key (parts.chart, GDK_KEY_minus));
  by_key = shown (window);
  g_assert_true (press_key (parts.chart, GDK_KEY_plus));
  click (parts.zoom_out);
  by_button = shown (window);
  g_assert_cmpfloat (by_key.to - by_key.from, >, 0);
  g_assert_cmpfloat (by_button.from, ==, by_key.from);
  g_assert_cmpfloat (by_button.to, ==, by_key.to);

  /* Zoomed, Tab stops at each, in the order they stand. */
  g_assert_true (gtk_widget_grab_focus (parts.open));
  forward = walk (window, GTK_DIR_TAB_FORWARD);
  chart = stop_in (forward, parts.chart);
  g_assert_cmpint (chart, >, 0);
  g_assert_cmpint (stop_in (forward, parts.zoom_out), ==, chart + 1);
  g_assert_cmpint (stop_in (forward, parts.zoom_in), ==, chart + 2);
  g_assert_cmpint (stop_in (forward, parts.zoom_all), ==, chart + 3);
  g_assert_cmpint (stop_in (forward, parts.toggle), ==, chart + 4);

  /* The whole: as 0; nothing left to zoom out to. The button that did it
   * hands the focus on to the one that can act. */
  g_assert_true (gtk_widget_grab_focus (parts.zoom_all));
  click (parts.zoom_all);
  g_assert_false (fv_chart_view_state_is_zoomed (state_of (window)));
  assert_sensitive (&parts, FALSE, TRUE, FALSE);
  g_assert_true (focus_of (window) == parts.zoom_in);

  /* In, down to the least the timeline shows (a week): then only out. */
  for (clicks = 0; clicks < 100 && gtk_widget_get_sensitive (parts.zoom_in); clicks++)
    click (parts.zoom_in);
  g_test_message ("%u clicks to a week", clicks);
  g_assert_cmpuint (clicks, <, 100);
  by_button = shown (window);
  g_assert_cmpfloat_with_epsilon (by_button.to - by_button.from, 7, 1e-6);
  assert_sensitive (&parts, TRUE, FALSE, TRUE);
  g_assert_true (focus_of (window) == parts.zoom_out);
  g_assert_true (press_key (parts.chart, GDK_KEY_plus));
  by_key = shown (window);
  g_assert_cmpfloat (by_key.from, ==, by_button.from);
  g_assert_cmpfloat (by_key.to, ==, by_button.to);

  /* A zoom by the keys updates them too; as a table, the chart's zoom
   * buttons are not shown. */
  g_assert_true (press_key (parts.chart, GDK_KEY_0));
  assert_sensitive (&parts, FALSE, TRUE, FALSE);
  fv_chart_view_state_set_table_shown (state_of (window), TRUE);
  iterate (5);
  g_assert_false (gtk_widget_get_visible (parts.zoom_in));
  g_assert_true (gtk_widget_get_visible (parts.toggle));
  fv_chart_view_state_set_table_shown (state_of (window), FALSE);
  iterate (5);
  g_assert_true (gtk_widget_get_visible (parts.zoom_in));

  destroy (window);
}

/* Until WIDGET's window has drawn two whole frames after now: its style
 * (a :focus-visible state just set) is then applied and drawn. Iterating a
 * fixed number of times is not enough under the sanitizers, where the
 * frames come later. */
static void
wait_frames (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64 first = gdk_frame_clock_get_frame_counter (clock);
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  while (gdk_frame_clock_get_frame_counter (clock) < first + 2 &&
         g_get_monotonic_time () < end)
    {
      gtk_widget_queue_draw (widget);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpint (gdk_frame_clock_get_frame_counter (clock), >=, first + 2);
}

/* WIDGET as drawn, in cairo's ARGB32. */
static GBytes *
pixels_of (GtkWidget *widget,
           int       *width,
           int       *height,
           gsize     *stride)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GdkTexture) texture = NULL;
  guchar *data;

  wait_frames (widget);
  paintable = gtk_widget_paintable_new (widget);
  *width = gtk_widget_get_width (widget);
  *height = gtk_widget_get_height (widget);
  /* The paintable holds what the widget drew last: a frame after now. */
  for (guint i = 0; i < 100 && node == NULL; i++)
    {
      gtk_widget_queue_draw (widget);
      g_main_context_iteration (NULL, TRUE);
      gdk_paintable_snapshot (paintable, snapshot, *width, *height);
      node = gtk_snapshot_free_to_node (snapshot);
      snapshot = gtk_snapshot_new ();
    }
  g_object_unref (snapshot);
  g_assert_nonnull (node);
  g_assert_true (gsk_renderer_realize (renderer, NULL, NULL));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  gsk_renderer_unrealize (renderer);
  *stride = (gsize) *width * 4;
  data = g_malloc (*stride * *height);
  gdk_texture_download (texture, data, *stride);

  return g_bytes_new_take (data, *stride * *height);
}

/* How many pixels along WIDGET's left edge (two pixels in, where a ring
 * is drawn) differ between BEFORE and AFTER. */
static guint
edge_difference (GBytes *before,
                 GBytes *after,
                 int     height,
                 gsize   stride)
{
  const guchar *a = g_bytes_get_data (before, NULL);
  const guchar *b = g_bytes_get_data (after, NULL);
  guint n = 0;

  g_assert_cmpuint (g_bytes_get_size (before), ==, g_bytes_get_size (after));
  for (int y = 0; y < height; y++)
    if (memcmp (a + y * stride + 4, b + y * stride + 4, 4) != 0)
      n++;
  return n;
}

/* The detail pane and the chart, focused by the keyboard, show it: a ring
 * along their edges that is not there without the focus. (The pane is a
 * Tab stop while no event is selected: then it holds no link, and Tab
 * stops on the pane to scroll the hint.) */
static void
test_focus_ring (void)
{
  FvWindow *window = window_with_story ();
  Parts parts;
  GtkWidget *stops[2];

  select_event_with_link (window);
  iterate (20);
  find_parts (window, &parts);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (
    GTK_LIST_VIEW (parts.list))), GTK_INVALID_LIST_POSITION);
  iterate (20);
  g_assert_null (find_widget (parts.detail, GTK_TYPE_LINK_BUTTON));
  stops[0] = parts.detail;
  stops[1] = parts.chart;

  for (guint i = 0; i < G_N_ELEMENTS (stops); i++)
    {
      g_autoptr(GBytes) without = NULL;
      g_autoptr(GBytes) with = NULL;
      int width, height;
      gsize stride;
      guint changed;

      g_assert_true (gtk_widget_grab_focus (parts.open));
      iterate (10);
      without = pixels_of (stops[i], &width, &height, &stride);

      /* As a Tab leaves it: the focus seen. */
      g_assert_true (gtk_widget_grab_focus (stops[i]));
      gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
      iterate (10);
      g_assert_true (gtk_widget_has_visible_focus (stops[i]));
      with = pixels_of (stops[i], &width, &height, &stride);
      changed = edge_difference (without, with, height, stride);
      g_test_message ("%s: %u of %d pixels along the edge changed", G_OBJECT_TYPE_NAME (stops[i]),
                      changed, height);
      /* A ring the whole height, not a mark somewhere inside. */
      g_assert_cmpuint (changed, >=, (guint) height * 9 / 10);
    }

  destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  char *data_home;

  data_home = fv_test_window_init (&argc, &argv);
  if (data_home == NULL)
    return 0;

  g_test_add_func ("/window-focus/tab-walk", test_tab_walk);
  g_test_add_func ("/window-focus/ring", test_focus_ring);
  g_test_add_func ("/window-focus/zoom-buttons", test_zoom_buttons);

  return fv_test_window_run (data_home);
}
