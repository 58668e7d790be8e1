/* fv-window-private.h — what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-fact-list.h"
#include "fv-window.h"

G_BEGIN_DECLS

struct _FvWindow
{
  GtkApplicationWindow  parent_instance;

  FvModel              *model;
  FvFactList           *events;
  FvFactList           *statements;
  GtkSingleSelection   *event_selection;
  GHashTable           *event_matches;      /* ids; NULL when nothing is searched */
  GHashTable           *statement_matches;
  GPtrArray            *chart_views;      /* of the tabs built so far */
  gboolean              tab_built[FV_N_TABS];
  const char           *selected_event;   /* the id the timelines show selected */
  GSettings            *settings;         /* NULL when the schema is not installed */
  char                 *content_language; /* a tag, or "" for the desktop's */
  GCancellable         *loading;          /* the file being loaded, or NULL */

  /* template */
  GtkStack             *stack;
  GtkStackPage         *timeline_page;
  GtkStackPage         *case_page;
  GtkStackPage         *statements_page;
  GtkInfoBar           *error_bar;
  GtkLabel             *error_label;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkLabel             *match_label;
  GtkBox               *timeline_charts;
  GtkListView          *event_list;
  GtkScrolledWindow    *event_detail;
  GtkBox               *case_charts;
  GtkBox               *case_box;
  GtkBox               *statements_charts;
  GtkListView          *statement_list;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
  GtkMenuButton        *language_button;
  GMenuModel           *language_menu;    /* the languages of the model shown */
  GtkSpinner           *load_spinner;
};

void fv_ui_register_resources       (void);
void fv_ui_load_style               (GdkDisplay     *display);
void fv_window_class_install_actions (GtkWidgetClass *widget_class);
void fv_window_show_problems         (FvWindow       *self,
                                      const char     *message);
const FvChart *fv_window_get_current_chart (FvWindow *self);

G_END_DECLS
