# A linked chain is freed from the head: each node's __del__ runs before its successor's.
import sys

class Node:
    def __init__(self, name, next=None):
        self.name = name
        self.next = next
    def __del__(self):
        print("del", self.name)

head = Node('n1', Node('n2', Node('n3')))
print("chain built, refs of n2:", sys.getrefcount(head.next))
head = head.next
print("dropped n1")
head = None
print("end")
