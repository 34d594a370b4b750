package storetest

import (
	"testing"

	"github.com/igf-village/village/store"
)

var photoTests = []test{
	{"Photos/CreateAndRead", testCreatePhoto},
	{"Photos/NotFound", testPhotoNotFound},
	{"Photos/Delete", testDeletePhoto},
	{"Photos/DeletePersonCascades", testDeletePersonPhotos},
	{"Photos/ReturnsCopies", testPhotoCopies},
}

func testCreatePhoto(t *testing.T, s Store) {
	ctx := t.Context()
	p := NewPerson(1)
	must(t, s.CreatePerson(ctx, p), "CreatePerson")
	ph := NewPhoto(1, p.ID)
	must(t, s.CreatePhoto(ctx, ph), "CreatePhoto")
	got, err := s.Photo(ctx, ph.ID)
	must(t, err, "Photo")
	wantSame(t, got, ph, "Photo")

	// The ID is the photo's address: a second photo cannot take it.
	other := NewPhoto(1, NewPerson(2).ID)
	other.JPEG = []byte("another")
	wantErr(t, s.CreatePhoto(ctx, other), store.ErrDuplicate, "CreatePhoto of a taken ID")
	got, err = s.Photo(ctx, ph.ID)
	must(t, err, "Photo after a duplicate")
	wantSame(t, got, ph, "Photo after a duplicate")

	// A person's photo ID is stored with them.
	gotPerson, err := s.Person(ctx, p.ID)
	must(t, err, "Person")
	if gotPerson.PhotoID != ph.ID {
		t.Errorf("Person.PhotoID = %q, want %q", gotPerson.PhotoID, ph.ID)
	}
}

func testPhotoNotFound(t *testing.T, s Store) {
	ctx := t.Context()
	must(t, s.CreatePhoto(ctx, NewPhoto(1, "person-0001")), "CreatePhoto")
	_, err := s.Photo(ctx, NewPhoto(2, "person-0001").ID)
	wantErr(t, err, store.ErrNotFound, "Photo")
	wantErr(t, s.DeletePhoto(ctx, NewPhoto(2, "person-0001").ID), store.ErrNotFound, "DeletePhoto")
}

func testDeletePhoto(t *testing.T, s Store) {
	ctx := t.Context()
	gone, kept := NewPhoto(1, "person-0001"), NewPhoto(2, "person-0001")
	must(t, s.CreatePhoto(ctx, gone), "CreatePhoto")
	must(t, s.CreatePhoto(ctx, kept), "CreatePhoto")
	must(t, s.DeletePhoto(ctx, gone.ID), "DeletePhoto")
	_, err := s.Photo(ctx, gone.ID)
	wantErr(t, err, store.ErrNotFound, "Photo after DeletePhoto")
	wantErr(t, s.DeletePhoto(ctx, gone.ID), store.ErrNotFound, "DeletePhoto twice")
	got, err := s.Photo(ctx, kept.ID)
	must(t, err, "Photo of the other")
	wantSame(t, got, kept, "the other photo")
	// The ID may be taken again: nothing of the deleted photo is left.
	must(t, s.CreatePhoto(ctx, gone), "CreatePhoto of a deleted ID")
}

// testDeletePersonPhotos: deleting a person takes every photo of theirs,
// the one their account names and any other (an upload that lost a race),
// and no one else's.
func testDeletePersonPhotos(t *testing.T, s Store) {
	ctx := t.Context()
	p, other := NewPerson(1), NewPerson(2)
	must(t, s.CreatePerson(ctx, p), "CreatePerson")
	must(t, s.CreatePerson(ctx, other), "CreatePerson")
	current, stray, others := NewPhoto(1, p.ID), NewPhoto(3, p.ID), NewPhoto(2, other.ID)
	must(t, s.CreatePhoto(ctx, current), "CreatePhoto")
	must(t, s.CreatePhoto(ctx, stray), "CreatePhoto")
	must(t, s.CreatePhoto(ctx, others), "CreatePhoto")
	must(t, s.DeletePerson(ctx, p.ID), "DeletePerson")
	for _, id := range []string{current.ID, stray.ID} {
		_, err := s.Photo(ctx, id)
		wantErr(t, err, store.ErrNotFound, "Photo of a deleted person")
	}
	got, err := s.Photo(ctx, others.ID)
	must(t, err, "Photo of someone else")
	wantSame(t, got, others, "someone else's photo")
}

func testPhotoCopies(t *testing.T, s Store) {
	ctx := t.Context()
	ph := NewPhoto(1, "person-0001")
	want := NewPhoto(1, "person-0001")
	must(t, s.CreatePhoto(ctx, ph), "CreatePhoto")
	ph.JPEG[0] ^= 0xFF
	got, err := s.Photo(ctx, ph.ID)
	must(t, err, "Photo")
	wantSame(t, got, want, "Photo after the caller changed its bytes")
	got.JPEG[1] ^= 0xFF
	again, err := s.Photo(ctx, ph.ID)
	must(t, err, "Photo")
	wantSame(t, again, want, "Photo after a reader changed its bytes")
}
