//go:build !unix

package main

import "time"

func raiseFileLimit() (soft, hard uint64, err error) { return 0, 0, nil }

func localPorts() int { return 0 }

func processCPU() time.Duration { return 0 }
