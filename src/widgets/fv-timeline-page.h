/* fv-timeline-page.h — the tab of every dated event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-page.h"
#include "fv-story-intro.h"

G_BEGIN_DECLS

#define FV_TYPE_TIMELINE_PAGE (fv_timeline_page_get_type ())

G_DECLARE_FINAL_TYPE (FvTimelinePage, fv_timeline_page, FV, TIMELINE_PAGE, FvPage)

FvStoryIntro *fv_timeline_page_get_intro (FvTimelinePage *self);
double      fv_timeline_page_get_scroll (FvTimelinePage *self);
void        fv_timeline_page_set_scroll (FvTimelinePage *self,
                                         double          value);

G_END_DECLS
