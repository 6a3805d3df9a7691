"""A stand-in for Rasa's message handler that counts how many turns are inside it at once."""

import asyncio


class CountingRasa:
    def __init__(self) -> None:
        self.inside = 0
        self.most = 0

    async def __call__(self, message) -> None:
        self.inside += 1
        self.most = max(self.most, self.inside)
        await asyncio.sleep(0.01)  # Rasa's work, during which others may come in
        await message.output_channel.send_response(message.sender_id, {"text": "ok"})
        self.inside -= 1
