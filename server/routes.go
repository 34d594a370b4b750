package server

import (
	"strings"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/booths"
)

// routes registers every route. Each group says who may call it; the
// OpenAPI spec (docs/openapi.yaml) says the same, and a test keeps the two
// in step.
func (s *Server) routes() {
	e := s.echo
	const (
		staff       = accounts.RoleStaff
		secretariat = accounts.RoleSecretariat
	)

	// Each resource's handlers, with the few parts they use. This is the
	// one place they are made; Server keeps only what they are made from.
	cookies := refreshCookies{secure: !s.cfg.InsecureCookies}
	health := healthHandlers{store: s.store}
	meta := metaHandler{identityProvider: s.external != nil, demo: s.cfg.Demo,
		sessionApproval: s.cfg.SessionApproval, sessionMaxCapacity: s.cfg.SessionMaxCapacity,
		eventDays: s.eventDays, now: s.now}
	pages := &appHandlers{bundle: s.app} // its router of the other routes comes last, below
	live := newLiveHandlers(s.hub, liveAuth{s.authn}, s.cfg.origins())
	ih := invitationHandlers{accounts: s.accounts, orgs: s.orgs, publicURL: s.cfg.PublicURL}
	se := sessionHandlers{
		accounts: s.accounts, tokens: s.tokens, mod: s.mod, external: s.external, invitations: ih, cookies: cookies,
		byAddress: newKeyedLimiter(s.cfg.LoginPerIP),
		byAccount: newGuessLimiter(s.cfg.LoginPerAccount, s.cfg.LoginPerAccountTotal),
		now:       s.now,
	}
	pe := peopleHandlers{accounts: s.accounts, orgs: s.orgs, slots: s.slots, hub: s.hub, cookies: cookies, log: s.log}
	ph := photoHandlers{accounts: s.accounts, uploads: newKeyedLimiter(photoUploadsPerMinute), now: s.now}
	oh := organisationHandlers{orgs: s.orgs, accounts: s.accounts}
	bh := boothHandlers{orgs: s.orgs}
	knocks := knockHandlers{booths: s.orgs}
	leads := leadHandlers{leads: booths.NewLeads(s.orgs, s.store), now: s.now}
	mh := moderationHandlers{mod: s.mod, booths: s.orgs}
	ch := contactHandlers{contacts: s.contacts, accounts: s.accounts, orgs: s.orgs}
	br := breakHandlers{breaks: s.breaks}
	sl := slotHandlers{slots: s.slots, sessions: s.sessions, now: s.now, publicURL: strings.TrimRight(s.cfg.PublicURL, "/")}
	gh := gatheringHandlers{sessions: s.sessions, now: s.now, publicURL: strings.TrimRight(s.cfg.PublicURL, "/")}
	sg := suggestionHandlers{suggest: s.suggest, wishes: s.wishes, orgs: s.orgs}
	pe.sessions = s.sessions // a deleted account leaves its sessions
	blocks := blockHandlers{accounts: s.accounts, meetings: s.meetings}
	th := timesHandlers{accounts: s.accounts, times: s.times}
	mt := meetingHandlers{meetings: s.meetings, now: s.now, publicURL: strings.TrimRight(s.cfg.PublicURL, "/")}
	sl.meetings = s.meetings // the feed holds one's meetings too
	pe.meetings = s.meetings // a deleted account cancels its meetings

	// Anyone: health, metrics, vocabulary, and the ways in.
	e.GET("/healthz", health.healthz)
	e.GET("/readyz", health.readyz)
	e.GET("/metrics", s.metrics.handler())
	// The browser app: its first page here (the others go through the
	// catch-all at the end) and its bundle's files.
	e.GET("/", pages.page)
	e.GET("/assets/:file", pages.asset)
	e.GET("/api/meta", meta.meta)
	e.POST("/api/auth/register", se.register)
	e.POST("/api/auth/login", se.login)
	e.POST("/api/auth/refresh", se.refresh)
	e.POST("/api/auth/logout", se.logout)
	e.POST("/api/auth/external", se.signInExternal)
	e.GET("/api/invitations/:id", ih.getInvitation) // the invite page, before signing in
	// Profile photos: an <img> sends no token, and the random ID is the
	// capability (server/photos.go).
	e.GET("/api/photos/:id", ph.getPhoto)
	// The live connection: the token comes in the first message or the
	// Authorization header; each message type's roles are in docs/protocol.md.
	e.GET("/ws", live.websocket)

	// Middleware is given per route, not per group: Echo's group middleware
	// would also guard unknown paths, turning their 404 into a 401.
	in := s.authn.authenticate
	secOnly := allow(secretariat)

	// Every signed-in person.
	e.GET("/api/me", pe.getMe, in)
	e.PATCH("/api/me", pe.updateMe, in)
	e.DELETE("/api/me", pe.deleteMe, in)
	e.PUT("/api/me/photo", ph.putPhoto, in)
	e.DELETE("/api/me/photo", ph.deletePhoto, in)
	e.GET("/api/directory", pe.directory, in)
	e.GET("/api/people/:id", pe.getPerson, in)
	e.GET("/api/organisations", oh.listOrganisations, in)
	e.GET("/api/organisations/:id", oh.getOrganisation, in)
	e.GET("/api/booths", bh.listBooths, in)
	e.GET("/api/booths/:id", bh.getBooth, in)
	e.POST("/api/invitations/:id/accept", ih.acceptInvitation, in)
	e.POST("/api/booths/:id/knocks", knocks.ask, in)
	e.DELETE("/api/booths/:id/knocks/mine", knocks.withdraw, in)
	e.GET("/api/me/knocks", knocks.mine, in)

	// Staff of the organisation itself, or the secretariat (checked in the
	// handler, since it depends on which organisation).
	e.PATCH("/api/organisations/:id", oh.updateOrganisation, in, allow(staff, secretariat))
	e.PATCH("/api/booths/:id", bh.updateBooth, in, allow(staff, secretariat))
	e.GET("/api/booths/:id/knocks", knocks.queue, in, allow(staff, secretariat))

	// Staff of the booth's organisation only (checked in the handler).
	e.POST("/api/booths/:id/knocks/take", knocks.take, in, allow(staff))
	e.POST("/api/booths/:id/knocks/:visitor/decline", knocks.decline, in, allow(staff))

	// The secretariat only.
	e.POST("/api/organisations", oh.createOrganisation, in, secOnly)
	e.DELETE("/api/organisations/:id", oh.deleteOrganisation, in, secOnly)
	e.POST("/api/booths", bh.createBooth, in, secOnly)
	e.DELETE("/api/booths/:id", bh.deleteBooth, in, secOnly)
	e.POST("/api/booths/:id/open", bh.openBooth, in, secOnly)
	e.POST("/api/booths/:id/close", bh.closeBooth, in, secOnly)
	e.GET("/api/invitations", ih.listInvitations, in, secOnly)
	e.POST("/api/invitations", ih.createInvitation, in, secOnly)
	e.DELETE("/api/invitations/:id", ih.deleteInvitation, in, secOnly)

	// Leads (server/leads.go): any signed-in visitor previews, leaves and
	// withdraws their own; staff of the booth's organisation, or the
	// secretariat, list and export a booth's (checked in booths).
	e.GET("/api/booths/:id/lead-preview", leads.preview, in)
	e.POST("/api/booths/:id/leads", leads.leave, in)
	e.GET("/api/me/leads", leads.mine, in)
	e.DELETE("/api/me/leads/:booth_id", leads.withdraw, in)
	e.GET("/api/booths/:id/leads", leads.list, in, allow(staff, secretariat))
	e.GET("/api/booths/:id/leads.csv", leads.export, in, allow(staff, secretariat))
	// Moderation: bans and the log for the secretariat; booth mutes for
	// the booth's staff or the secretariat (server/moderation.go).
	mh.routes(e, in, secOnly, allow(staff, secretariat))
	// 1:1 slots at booths and their bookings (server/slots.go). Who may
	// publish, withdraw, see or cancel depends on the booth or the
	// booking, and is checked in booths.Slots; a calendar feed's address
	// is its own credential, as a photo's is.
	e.GET("/api/calendar/:file", sl.feed)
	e.GET("/api/booths/:id/slots", sl.listSlots, in)
	e.POST("/api/booths/:id/slots", sl.publish, in, allow(staff, secretariat))
	e.DELETE("/api/slots/:id", sl.withdraw, in, allow(staff, secretariat))
	e.GET("/api/bookings", sl.schedule, in)
	e.POST("/api/bookings", sl.book, in)
	e.GET("/api/bookings/:id", sl.getBooking, in)
	e.DELETE("/api/bookings/:id", sl.cancel, in)
	e.GET("/api/bookings/:id/event.ics", sl.bookingICS, in)
	e.GET("/api/me/calendar", sl.getFeedURL, in)
	e.POST("/api/me/calendar/rotate", sl.rotateFeed, in)
	// Contacts (server/contacts.go): one's own people met for everyone;
	// the village's figures for the secretariat.
	e.GET("/api/me/contacts", ch.mine, in)
	e.GET("/api/contacts/figures", ch.figures, in, secOnly)
	// Blocks (server/blocks.go): everyone signed in, their own.
	blocks.routes(e, in)
	// Coffee breaks (server/breaks.go): the secretariat schedules, edits,
	// cancels and reads a round's seating; everyone signed in lists, signs
	// up, withdraws and finds their table.
	br.routes(e, in, secOnly)

	// Participants' sessions (server/gatherings.go): everyone signed in
	// lists, proposes and signs up; the organiser or the secretariat edit,
	// cancel and message (checked in matching); the secretariat approves.
	gh.routes(e, in, secOnly)

	// Suggested times to meet someone (server/times.go): everyone signed
	// in, for themselves and one other person.
	th.routes(e, in)
	// 1:1 meeting requests between participants (server/meetings.go):
	// everyone signed in asks and answers; who may see and answer a
	// request (its two, in turn) is checked in matching.
	mt.routes(e, in)
	// Who to meet (server/suggestions.go): everyone signed in has their
	// own suggestions and wishes to meet.
	sg.routes(e, in)

	// Whatever no route takes: the app's other pages (app.go says which
	// paths it has) and the JSON 404 of everything else.
	e.RouteNotFound("/*", pages.unrouted)
	// unrouted asks a router of every route but itself: all are in now.
	pages.bare = bareRouter(e)
}
