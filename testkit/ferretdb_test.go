package testkit

import (
	"context"
	"os"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

func TestMain(m *testing.M) {
	code := m.Run()
	Cleanup()
	os.Exit(code)
}

func TestMongoDBGivesFreshDatabases(t *testing.T) {
	uri, db1 := MongoDB(t)
	_, db2 := MongoDB(t)
	if db1 == db2 {
		t.Fatalf("two calls gave the same database %q", db1)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	client, err := mongo.Connect(options.Client().ApplyURI(uri))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Disconnect(ctx)
	if _, err := client.Database(db1).Collection("c").InsertOne(ctx, bson.D{{Key: "_id", Value: "x"}}); err != nil {
		t.Fatal(err)
	}
	n, err := client.Database(db2).Collection("c").CountDocuments(ctx, bson.D{})
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Fatalf("fresh database %s holds %d documents", db2, n)
	}
}

func TestMongoURINamesTheDatabase(t *testing.T) {
	uri := MongoURI(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	client, err := mongo.Connect(options.Client().ApplyURI(uri))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Disconnect(ctx)
	if err := client.Ping(ctx, nil); err != nil {
		t.Fatal(err)
	}
}

func TestWithDatabase(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"mongodb://127.0.0.1:1234/", "mongodb://127.0.0.1:1234/d"},
		{"mongodb://127.0.0.1:1234", "mongodb://127.0.0.1:1234/d"},
		{"mongodb://h1,h2/old?replicaSet=rs", "mongodb://h1,h2/d?replicaSet=rs"},
		{"mongodb://u:p@h/?tls=true", "mongodb://u:p@h/d?tls=true&authSource=admin"},
		{"mongodb+srv://u:p@h/app", "mongodb+srv://u:p@h/d?authSource=app"},
		{"mongodb://u:p@h/app?authSource=x", "mongodb://u:p@h/d?authSource=x"},
	} {
		if got := withDatabase(c.in, "d"); got != c.want {
			t.Errorf("withDatabase(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
