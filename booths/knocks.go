package booths

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
)

// Knocks: a visitor at an open, staffed booth asks to talk to its staff
// now; its staff see the queue live and one of them takes the next visitor
// (or a chosen one) into a private talk room, or declines with a message;
// the visitor may give up.
//
// Two claims of unique keys hold it together, never a read-modify-write:
// an open knock's key is (booth, visitor), so a visitor waits at most once
// at a booth; and a knock ends — taken, declined or withdrawn — by the
// insert of a KnockEnd whose key is the knock's random ID, so that of any
// number of racing takes, declines and withdrawals exactly one wins. The
// winner then deletes the open knock, and the visitor may knock again
// later. The queue's order (knock time, then visitor ID) is derived when
// read.

// MaxKnockText bounds a visitor's line and a decline's message, in
// characters.
const MaxKnockText = 200

// Outcomes of a knock.
const (
	KnockTaken     = "taken"
	KnockDeclined  = "declined"
	KnockWithdrawn = "withdrawn"
)

// Events of knocks.
const (
	// EventKnockQueue goes to the organisation's staff room after every
	// change of its booth's queue; its payload is a Queue.
	EventKnockQueue = "knock.queue"
	// EventKnockPosition goes to each waiting visitor after every change
	// of the queue; its payload is a Position.
	EventKnockPosition = "knock.position"
	// EventKnockTaken goes to the visitor whose knock staff took; its
	// payload is a Taken.
	EventKnockTaken = "knock.taken"
	// EventKnockDeclined goes to the visitor whose knock staff declined;
	// its payload is a Declined.
	EventKnockDeclined = "knock.declined"
)

const talkRoomPrefix = "talk:"

// TalkRoom is the name of the private room of a taken knock.
func TalkRoom(knockID string) string { return talkRoomPrefix + knockID }

// Knock is a visitor waiting to talk to a booth's staff.
type Knock struct {
	// Key is KnockKey(booth, visitor): the claim of one open knock per
	// visitor and booth.
	Key string `json:"key" bson:"_id"`
	// ID is random; a KnockEnd with this ID ends the knock.
	ID      string  `json:"id" bson:"knock_id"`
	BoothID string  `json:"booth_id" bson:"booth_id"`
	Visitor Visitor `json:"visitor" bson:"visitor"`
	Text    string  `json:"text" bson:"text"`
	// At is when the visitor knocked, by the clock of the node they
	// knocked on, in milliseconds: the queue's order.
	At time.Time `json:"at" bson:"at"`
}

// Visitor is what a booth's staff see of a knocking visitor: their card
// (name, photo, organisation) and, when they are in the directory, their
// country, stakeholder group and languages (see accounts.SeesProfile).
type Visitor struct {
	ID               string   `json:"id" bson:"id"`
	Name             string   `json:"name" bson:"name"`
	PhotoURL         string   `json:"photo_url,omitempty" bson:"photo_url,omitempty"`
	OrganisationID   string   `json:"organisation_id,omitempty" bson:"organisation_id,omitempty"`
	Country          string   `json:"country,omitempty" bson:"country,omitempty"`
	StakeholderGroup string   `json:"stakeholder_group,omitempty" bson:"stakeholder_group,omitempty"`
	Languages        []string `json:"languages" bson:"languages"`
}

// KnockEnd is how a knock ended. Its ID is the knock's: inserting it is
// the claim that decides the one take, decline or withdrawal that counts.
// A taken knock's ID names its talk room.
type KnockEnd struct {
	ID        string `json:"id" bson:"_id"`
	BoothID   string `json:"booth_id" bson:"booth_id"`
	VisitorID string `json:"visitor_id" bson:"visitor_id"`
	Outcome   string `json:"outcome" bson:"outcome"` // KnockTaken, KnockDeclined or KnockWithdrawn
	// Staff took or declined it; zero when the visitor withdrew.
	Staff   StaffCard `json:"staff" bson:"staff"`
	Message string    `json:"message,omitempty" bson:"message,omitempty"`
	At      time.Time `json:"at" bson:"at"`
}

// StaffCard is what a visitor sees of the staff member who answered them.
type StaffCard struct {
	ID       string `json:"id" bson:"id"`
	Name     string `json:"name" bson:"name"`
	PhotoURL string `json:"photo_url,omitempty" bson:"photo_url,omitempty"`
}

// KnockKey is the key of visitorID's open knock at boothID.
func KnockKey(boothID, visitorID string) string { return boothID + "/" + visitorID }

// KnockStore is what knocks need from storage. Errors wrap
// store.ErrNotFound and store.ErrDuplicate.
type KnockStore interface {
	// AddKnock inserts k: ErrDuplicate if its Key is taken (the visitor
	// waits at the booth already).
	AddKnock(ctx context.Context, k *Knock) error
	Knock(ctx context.Context, key string) (*Knock, error)
	// Knocks lists the open knocks at a booth, in any order.
	Knocks(ctx context.Context, boothID string) ([]Knock, error)
	// KnocksBy lists a visitor's open knocks, in any order.
	KnocksBy(ctx context.Context, visitorID string) ([]Knock, error)
	// DeleteKnock removes the open knock with key if it is still the
	// knock of id: ErrNotFound otherwise (a newer knock stays).
	DeleteKnock(ctx context.Context, key, id string) error
	// EndKnock inserts e: ErrDuplicate if the knock has ended already.
	EndKnock(ctx context.Context, e *KnockEnd) error
	KnockEnd(ctx context.Context, id string) (*KnockEnd, error)
	// LastKnockEnd is the latest end of a knock of visitorID at boothID:
	// ErrNotFound if there is none.
	LastKnockEnd(ctx context.Context, boothID, visitorID string) (*KnockEnd, error)
}

// WithPeople lets the Service read people as stored now: who is whose
// staff, and what a knocking visitor shows of themselves. Without it the
// Service trusts the identity it is given.
func WithPeople(p People) Option { return func(s *Service) { s.people = p } }

// QueueEntry is one waiting visitor as staff see them.
type QueueEntry struct {
	Visitor        Visitor   `json:"visitor"`
	Text           string    `json:"text"`
	At             time.Time `json:"at"`
	WaitingSeconds int64     `json:"waiting_seconds"`
}

// Queue is a booth's waiting visitors, first first.
type Queue struct {
	Booth  string       `json:"booth"`
	Knocks []QueueEntry `json:"knocks"`
}

// Position is where a visitor waits: 1 is next.
type Position struct {
	Booth    string `json:"booth"`
	Position int    `json:"position"`
	Ahead    int    `json:"ahead"`
}

// MyKnock is one of a visitor's open knocks.
type MyKnock struct {
	Position
	Text string    `json:"text"`
	At   time.Time `json:"at"`
}

// Taken tells a visitor that staff took their knock, and where to talk.
type Taken struct {
	Booth string    `json:"booth"`
	Room  string    `json:"room"`
	Staff StaffCard `json:"staff"`
}

// Declined tells a visitor that staff declined their knock.
type Declined struct {
	Booth   string `json:"booth"`
	Message string `json:"message"`
}

// TakeResult is what the staff member who took a knock learns: the talk
// room and who waits there.
type TakeResult struct {
	Room    string  `json:"room"`
	Visitor Visitor `json:"visitor"`
}

// checkKnockText trims a visitor's line or a decline's message and checks
// it.
func checkKnockText(field, text string) (string, error) {
	text = strings.TrimSpace(text)
	var problem string
	switch {
	case !utf8.ValidString(text):
		problem = "must be valid UTF-8"
	case utf8.RuneCountInString(text) > MaxKnockText:
		problem = fmt.Sprintf("at most %d characters", MaxKnockText)
	case strings.IndexFunc(text, unicode.IsControl) >= 0:
		problem = "must be one line without control characters"
	default:
		return text, nil
	}
	// The message names the field too: the live protocol's errors carry
	// no fields.
	return "", &apperr.Error{Code: apperr.ValidationFailed, Message: field + ": " + problem, Fields: map[string]string{field: problem}}
}

// caller is who as stored now, or as they connected without People.
func (s *Service) caller(ctx context.Context, who protocol.Identity) (*accounts.Person, error) {
	if s.people == nil {
		return &accounts.Person{ID: who.ID, DisplayName: who.Name, Role: accounts.Role(who.Role), OrganisationID: who.Organisation}, nil
	}
	return s.people.Person(ctx, who.ID)
}

// staffOf says whether p is the staff of booth b's organisation: they
// answer its knocks, and may not knock at it.
func staffOf(p *accounts.Person, b *Booth) bool {
	return p.Role == accounts.RoleStaff && p.OrganisationID != "" && p.OrganisationID == b.OrganisationID
}

// Ask makes who knock at booth boothID with an optional line of text. The
// booth must be open now and have one of its staff in its room; otherwise
// the refusal's code (booth_closed, booth_unstaffed) tells the client to
// offer the booth's slots instead.
func (s *Service) Ask(ctx context.Context, who protocol.Identity, boothID, text string) (*Position, error) {
	text, err := checkKnockText("text", text)
	if err != nil {
		return nil, err
	}
	b, err := s.booth(ctx, boothID)
	if err != nil {
		return nil, err
	}
	p, err := s.caller(ctx, who)
	if err != nil {
		return nil, err
	}
	if staffOf(p, b) {
		return nil, apperr.New(apperr.Forbidden, "the booth's own staff do not knock at it")
	}
	if !view(b, s.now(), Figures{}).OpenNow {
		return nil, apperr.New(apperr.BoothClosed, "the booth is closed now: book one of its slots instead")
	}
	if figures(s.presence, b).StaffOnline == 0 {
		return nil, apperr.New(apperr.BoothUnstaffed, "none of the booth's staff is there now: book one of its slots instead")
	}
	v := Visitor{ID: p.ID, Name: p.DisplayName, PhotoURL: who.Photo, OrganisationID: p.OrganisationID, Languages: []string{}}
	if p.DirectoryOptIn {
		v.Country, v.StakeholderGroup, v.Languages = p.Country, p.StakeholderGroup, nonNil(slices.Clone(p.Languages))
	}
	k := &Knock{Key: KnockKey(b.ID, p.ID), ID: newKnockID(), BoothID: b.ID, Visitor: v, Text: text, At: s.stamp()}
	if err := s.store.AddKnock(ctx, k); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil, apperr.New(apperr.Conflict, "you are waiting at this booth already")
		}
		return nil, err
	}
	q := s.publish(ctx, b)
	// Not in the queue read back only if staff took the knock meanwhile,
	// or the read failed: the knock is made either way, first as far as
	// this reply can tell.
	pos := Position{Booth: b.ID, Position: 1, Ahead: 0}
	for i, e := range q {
		if e.Visitor.ID == p.ID {
			pos.Position, pos.Ahead = i+1, i
		}
	}
	return &pos, nil
}

func newKnockID() string {
	b := make([]byte, 12)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return "k-" + base64.RawURLEncoding.EncodeToString(b)
}

// waiting is the open knocks at booth boothID, first first.
func (s *Service) waiting(ctx context.Context, boothID string) ([]Knock, error) {
	list, err := s.store.Knocks(ctx, boothID)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(list, func(a, b Knock) int {
		return cmp.Or(a.At.Compare(b.At), strings.Compare(a.Visitor.ID, b.Visitor.ID))
	})
	return list, nil
}

func (s *Service) queue(ctx context.Context, boothID string) (Queue, error) {
	list, err := s.waiting(ctx, boothID)
	if err != nil {
		return Queue{}, err
	}
	now := s.now()
	q := Queue{Booth: boothID, Knocks: make([]QueueEntry, len(list))}
	for i, k := range list {
		q.Knocks[i] = QueueEntry{Visitor: k.Visitor, Text: k.Text, At: k.At, WaitingSeconds: max(0, int64(now.Sub(k.At)/time.Second))}
		q.Knocks[i].Visitor.Languages = nonNil(q.Knocks[i].Visitor.Languages)
	}
	return q, nil
}

// publish tells the booth's staff room its queue and each waiting visitor
// their place, and returns the queue. The change is made already: events
// are at most once, and a client that missed one reads the queue again.
func (s *Service) publish(ctx context.Context, b *Booth) []QueueEntry {
	q, err := s.queue(ctx, b.ID)
	if err != nil || s.notifier == nil {
		return q.Knocks
	}
	s.notifier.ToRoom(StaffRoom(b.OrganisationID), EventKnockQueue, q)
	for i, e := range q.Knocks {
		s.notifier.ToPerson(e.Visitor.ID, EventKnockPosition, Position{Booth: b.ID, Position: i + 1, Ahead: i})
	}
	return q.Knocks
}

// Queue is booth boothID's queue for p: its staff and the secretariat.
func (s *Service) Queue(ctx context.Context, p *accounts.Person, boothID string) (*Queue, error) {
	b, err := s.booth(ctx, boothID)
	if err != nil {
		return nil, err
	}
	if !runs(p, b) {
		return nil, apperr.New(apperr.Forbidden, "only the booth's staff and the secretariat see its queue")
	}
	q, err := s.queue(ctx, b.ID)
	return &q, err
}

// MyKnocks are visitorID's open knocks with their places, by booth.
func (s *Service) MyKnocks(ctx context.Context, visitorID string) ([]MyKnock, error) {
	mine, err := s.store.KnocksBy(ctx, visitorID)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(mine, func(a, b Knock) int { return strings.Compare(a.BoothID, b.BoothID) })
	out := make([]MyKnock, 0, len(mine))
	for _, k := range mine {
		list, err := s.waiting(ctx, k.BoothID)
		if err != nil {
			return nil, err
		}
		i := slices.IndexFunc(list, func(o Knock) bool { return o.ID == k.ID })
		if i < 0 { // ended meanwhile
			continue
		}
		out = append(out, MyKnock{Position: Position{Booth: k.BoothID, Position: i + 1, Ahead: i}, Text: k.Text, At: k.At})
	}
	return out, nil
}

// answerable reads booth boothID for who, who must be its staff, with the
// knock of visitorID waiting there (the first one when visitorID is "").
// A knock ended already is a conflict that says how.
func (s *Service) answerable(ctx context.Context, who protocol.Identity, boothID, visitorID string) (*Booth, *Knock, StaffCard, error) {
	b, err := s.booth(ctx, boothID)
	if err != nil {
		return nil, nil, StaffCard{}, err
	}
	p, err := s.caller(ctx, who)
	if err != nil {
		return nil, nil, StaffCard{}, err
	}
	if !staffOf(p, b) {
		return nil, nil, StaffCard{}, apperr.New(apperr.Forbidden, "only the booth's own staff answer its knocks")
	}
	staff := StaffCard{ID: p.ID, Name: p.DisplayName, PhotoURL: who.Photo}
	if visitorID == "" {
		list, err := s.waiting(ctx, b.ID)
		if err != nil {
			return nil, nil, StaffCard{}, err
		}
		if s.blocks != nil && len(list) > 0 {
			blocked, err := s.blocks.BlockedEither(ctx, p.ID)
			if err != nil {
				return nil, nil, StaffCard{}, err
			}
			list = slices.DeleteFunc(list, func(k Knock) bool { return blocked[k.Visitor.ID] })
		}
		if len(list) == 0 {
			return nil, nil, StaffCard{}, apperr.New(apperr.NotFound, "nobody is waiting at this booth")
		}
		return b, &list[0], staff, nil
	}
	if blocked, err := blockedPair(ctx, s.blocks, p.ID, visitorID); err != nil || blocked {
		if err == nil {
			err = errBlockedPair("a colleague may answer this visitor")
		}
		return nil, nil, StaffCard{}, err
	}
	k, err := s.store.Knock(ctx, KnockKey(b.ID, visitorID))
	if errors.Is(err, store.ErrNotFound) {
		last, lerr := s.store.LastKnockEnd(ctx, b.ID, visitorID)
		if errors.Is(lerr, store.ErrNotFound) {
			return nil, nil, StaffCard{}, apperr.New(apperr.NotFound, "that person is not waiting at this booth")
		}
		if lerr != nil {
			return nil, nil, StaffCard{}, lerr
		}
		return nil, nil, StaffCard{}, endedError(last)
	}
	return b, k, staff, err
}

// endedError says how a knock that someone else ended ended.
func endedError(e *KnockEnd) error {
	switch e.Outcome {
	case KnockTaken:
		return apperr.New(apperr.Conflict, "already taken by %s", e.Staff.Name)
	case KnockDeclined:
		return apperr.New(apperr.Conflict, "already declined by %s", e.Staff.Name)
	}
	return apperr.New(apperr.Conflict, "the visitor gave up waiting")
}

// end claims the end of knock k. Of racing ends, the losers get a conflict
// and change nothing; the winner deletes the open knock.
func (s *Service) end(ctx context.Context, k *Knock, outcome string, staff StaffCard, message string) error {
	e := &KnockEnd{ID: k.ID, BoothID: k.BoothID, VisitorID: k.Visitor.ID, Outcome: outcome, Staff: staff, Message: message, At: s.stamp()}
	if err := s.store.EndKnock(ctx, e); err != nil {
		if !errors.Is(err, store.ErrDuplicate) {
			return err
		}
		won, err := s.store.KnockEnd(ctx, k.ID)
		if err != nil {
			return err
		}
		return endedError(won)
	}
	if err := s.store.DeleteKnock(ctx, k.Key, k.ID); err != nil && !errors.Is(err, store.ErrNotFound) {
		return err
	}
	return nil
}

// takeNextTries bounds how often a take of the next visitor moves on to
// the one after, when colleagues keep winning.
const takeNextTries = 5

// Take has who, of the booth's staff, take the knock of visitorID (the
// next one when visitorID is ""): it opens their talk room, tells the
// visitor at once and the queue after.
//
// Staff who take the next visitor at the same instant as a colleague, and
// lose, take the one after instead (up to takeNextTries times): "the next"
// is whoever is next once the other has been served.
func (s *Service) Take(ctx context.Context, who protocol.Identity, boothID, visitorID string) (*TakeResult, error) {
	b, k, staff, err := s.answerable(ctx, who, boothID, visitorID)
	for try := 1; err == nil; try++ {
		err = s.end(ctx, k, KnockTaken, staff, "")
		if visitorID != "" || try == takeNextTries || apperr.CodeOf(err) != apperr.Conflict {
			break
		}
		b, k, staff, err = s.answerable(ctx, who, boothID, "")
	}
	if err != nil {
		return nil, err
	}
	s.metAtKnock(ctx, k, staff)
	room := TalkRoom(k.ID)
	if s.notifier != nil {
		s.notifier.ToPerson(k.Visitor.ID, EventKnockTaken, Taken{Booth: b.ID, Room: room, Staff: staff})
	}
	s.publish(ctx, b)
	v := k.Visitor
	v.Languages = nonNil(v.Languages)
	return &TakeResult{Room: room, Visitor: v}, nil
}

// Decline has who, of the booth's staff, turn down the knock of visitorID
// with an optional message.
func (s *Service) Decline(ctx context.Context, who protocol.Identity, boothID, visitorID, message string) error {
	message, err := checkKnockText("message", message)
	if err != nil {
		return err
	}
	if visitorID == "" {
		return &apperr.Error{Code: apperr.ValidationFailed, Message: "visitor: name the visitor whose knock you decline",
			Fields: map[string]string{"visitor": "name the visitor whose knock you decline"}}
	}
	b, k, staff, err := s.answerable(ctx, who, boothID, visitorID)
	if err != nil {
		return err
	}
	if err := s.end(ctx, k, KnockDeclined, staff, message); err != nil {
		return err
	}
	if s.notifier != nil {
		s.notifier.ToPerson(k.Visitor.ID, EventKnockDeclined, Declined{Booth: b.ID, Message: message})
	}
	s.publish(ctx, b)
	return nil
}

// Withdraw has who give up waiting at booth boothID.
func (s *Service) Withdraw(ctx context.Context, who protocol.Identity, boothID string) error {
	b, err := s.booth(ctx, boothID)
	if err != nil {
		return err
	}
	k, err := s.store.Knock(ctx, KnockKey(b.ID, who.ID))
	if errors.Is(err, store.ErrNotFound) {
		return apperr.New(apperr.NotFound, "you are not waiting at this booth")
	}
	if err != nil {
		return err
	}
	if err := s.end(ctx, k, KnockWithdrawn, StaffCard{}, ""); err != nil {
		return err
	}
	s.publish(ctx, b)
	return nil
}

// WithdrawAll ends every open knock of visitorID, as if they gave up:
// their account is going. A knock that staff answered meanwhile is left as
// they answered it.
func (s *Service) WithdrawAll(ctx context.Context, visitorID string) error {
	mine, err := s.store.KnocksBy(ctx, visitorID)
	if err != nil {
		return err
	}
	var errs []error
	for _, k := range mine {
		err := s.end(ctx, &k, KnockWithdrawn, StaffCard{}, "")
		if apperr.CodeOf(err) == apperr.Conflict {
			continue
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if b, err := s.booth(ctx, k.BoothID); err == nil {
			s.publish(ctx, b)
		}
	}
	return errors.Join(errs...)
}
