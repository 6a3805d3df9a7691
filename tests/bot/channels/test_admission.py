"""A few turns at a time inside a Rasa server, the others waiting their turn (runs in the Rasa environment)."""

import asyncio

from bot.channels import admission


async def crowd(people: int) -> tuple[int, list[int]]:
    """The most turns inside at once, and the order in which the people got in."""
    inside, most, order = 0, 0, []
    release = asyncio.Event()

    async def turn(person: int) -> None:
        nonlocal inside, most
        async with admission.gate():
            order.append(person)
            inside += 1
            most = max(most, inside)
            await release.wait()
            inside -= 1

    tasks = [asyncio.create_task(turn(person)) for person in range(people)]
    for _ in range(20):  # every task runs until it waits, inside the gate or before it
        await asyncio.sleep(0)
    held = len(order)
    release.set()
    await asyncio.gather(*tasks)
    assert held == min(people, admission.TURNS_AT_ONCE)
    return most, order


def test_no_more_turns_than_the_limit_are_inside_at_once_and_the_rest_follow_in_order():
    most, order = asyncio.run(crowd(admission.TURNS_AT_ONCE + 5))
    assert most == admission.TURNS_AT_ONCE
    assert order == list(range(admission.TURNS_AT_ONCE + 5))


def test_fewer_people_than_the_limit_all_go_in_at_once():
    most, _ = asyncio.run(crowd(3))
    assert most == 3


def test_each_event_loop_has_a_gate_of_its_own():
    async def one() -> object:
        return admission.gate()

    first, second = asyncio.run(one()), asyncio.run(one())
    assert first is not second
